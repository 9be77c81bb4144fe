import { waitFor } from '@testing-library/react'
import { act } from '@testing-library/react'
import { currentPolicyVersion } from '../../src/catalogue/policy/versions'
import WhatChanged from '../../src/packages/choices/pages/what-changed/index'
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

/** The backend published a version after this build that changed §3.3 (the SMS paragraph). */
const serverHistory = [
  { version: currentPolicyVersion.version, publishedAt: 0, changedParagraphs: [] },
  { version: '2026-11+server', publishedAt: Date.UTC(2026, 10, 1), changedParagraphs: ['3.3'] },
]

describe('"What changed" on the server\'s signal (§14.1)', () => {
  async function openAfterServerChange() {
    const setup = consentSetup()
    const s = setup.store.getState()
    s.decideNotice('accepted')
    s.recordChoice({ purposeIds: ['marketing-sms'], action: 'grant', source: 'consent-center' })
    s.recordChoice({ purposeIds: ['marketing-email'], action: 'grant', source: 'consent-center' })
    expect(isGranted(setup.store.getState(), 'marketing-sms')).toBe(true)
    s.applyServerPolicy(serverHistory)
    const mounted = await mountPage(WhatChanged, setup)
    await mounted.testUtils.queries.waitForQuerySelector('.what-changed__title')
    return { ...mounted, setup }
  }

  it('§14.1 a server version lists its changed sections and asks only the purposes citing them', async () => {
    const { setup } = await openAfterServerChange()
    const state = setup.store.getState()
    // Not granted meanwhile; the purpose it does not touch stays granted.
    expect(selectConsentState(state)['marketing-sms']?.status).toBe('needs-reconsent')
    expect(isGranted(state, 'marketing-sms')).toBe(false)
    expect(isGranted(state, 'marketing-email')).toBe(true)
    expect(all('.what-changed .purpose-card').length).toBe(1)
    expect(q('.purpose-card--marketing-sms')).not.toBeNull()
    expect(all('.what-changed__section').length).toBe(1)
    expect(q('.what-changed__section--3')?.textContent).toContain('我们如何使用您的信息')
    expect(q('.what-changed__section--3 .what-changed__paragraphs')?.textContent).toContain('3.3')
    expect(q('.what-changed__reasons')?.textContent).toContain('§3.3')
    expect(q('.what-changed__intro')?.textContent).toContain('2026-11+server')
  })

  it("§14.1 the re-consent event carries the server's version", async () => {
    const { setup } = await openAfterServerChange()
    ;(q('.purpose-card--marketing-sms .consent-switch') as HTMLElement).click()
    await waitFor(() => expect(isGranted(setup.store.getState(), 'marketing-sms')).toBe(true))
    expect(setup.store.getState().ledger.at(-1)).toMatchObject({
      purposeId: 'marketing-sms',
      action: 'grant',
      source: 're-consent',
      policyVersion: '2026-11+server',
    })
  })

  it('§14.1 a version published while the screen is open is taken at once', async () => {
    const setup = consentSetup()
    const s = setup.store.getState()
    s.decideNotice('accepted')
    s.recordChoice({ purposeIds: ['marketing-sms'], action: 'grant', source: 'consent-center' })
    const { testUtils } = await mountPage(WhatChanged, setup)
    await testUtils.queries.waitForQuerySelector('.what-changed__empty')
    act(() => setup.store.getState().applyServerPolicy(serverHistory))
    await testUtils.queries.waitForQuerySelector('.purpose-card--marketing-sms')
    expect(all('.what-changed .purpose-card').length).toBe(1)
  })
})
