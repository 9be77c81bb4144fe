import { waitFor } from '@testing-library/react'
import WhatChanged from '../../src/pages/what-changed/index'
import { isGranted, selectConsentState } from '../../src/store/selectors'
import { consentSetup } from '../support/consent-setup'
import { mountPage, unmountAll } from '../support/render'
import { grantEvent } from '../support/store'

const q = (selector: string) => document.querySelector(selector) as HTMLElement | null
const all = (selector: string) => Array.from(document.querySelectorAll(selector))

/** A user who agreed to SMS offers under a release this build no longer knows (§14.1). */
async function open() {
  const setup = consentSetup()
  const s = setup.store.getState()
  s.decideNotice('accepted')
  s.mergeLedger([
    grantEvent('marketing-sms', Date.UTC(2025, 0, 1), { policyVersion: '2022-01+old' }),
  ])
  s.recordChoice({ purposeIds: ['marketing-email'], action: 'grant', source: 'consent-center' })
  const mounted = await mountPage(WhatChanged, setup)
  await mounted.testUtils.queries.waitForQuerySelector('.what-changed__title')
  return { ...mounted, setup }
}

afterEach(unmountAll)

describe('"What changed" re-consent (§14.1)', () => {
  it('§14.1 asks only for the purposes the changed sections affect, not granted meanwhile', async () => {
    const { setup } = await open()
    const state = setup.store.getState()
    expect(selectConsentState(state)['marketing-sms']?.status).toBe('needs-reconsent')
    expect(isGranted(state, 'marketing-sms')).toBe(false)
    // Granted under the current version: not asked again.
    expect(isGranted(state, 'marketing-email')).toBe(true)
    expect(all('.what-changed .purpose-card').length).toBe(1)
    expect(q('.purpose-card--marketing-sms')).not.toBeNull()
    expect(q('.purpose-card--marketing-email')).toBeNull()
    // The changed sections come from the structured policy, with their titles.
    expect(q('.what-changed__section--3')?.textContent).toContain('我们如何使用您的信息')
    expect(q('.what-changed__note')?.textContent).toContain('第14.1条')
  })

  it('§14.1 agreeing again records a re-consent under the current version', async () => {
    const { setup } = await open()
    ;(q('.purpose-card--marketing-sms .consent-switch') as HTMLElement).click()
    await waitFor(() => expect(isGranted(setup.store.getState(), 'marketing-sms')).toBe(true))
    const last = setup.store.getState().ledger.at(-1)
    expect(last).toMatchObject({
      purposeId: 'marketing-sms',
      action: 'grant',
      source: 're-consent',
    })
    // The card stays so the user sees the answer.
    expect(q('.purpose-card--marketing-sms .consent-switch--on')).not.toBeNull()
  })

  it('§14.1 nothing to ask when every grant is under the current version', async () => {
    const setup = consentSetup()
    setup.store.getState().decideNotice('accepted')
    const { testUtils } = await mountPage(WhatChanged, setup)
    await testUtils.queries.waitForQuerySelector('.what-changed__empty')
    expect(all('.purpose-card')).toHaveLength(0)
  })
})
