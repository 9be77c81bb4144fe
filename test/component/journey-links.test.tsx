import { act } from '@testing-library/react'
import { currentPolicyVersion } from '../../src/catalogue/policy/versions'
import { JourneyLinks } from '../../src/components/journey-links'
import { consentSetup } from '../support/consent-setup'
import { mountPage, unmountAll } from '../support/render'
import { grantEvent } from '../support/store'

const q = (selector: string) => document.querySelector(selector) as HTMLElement | null

afterEach(unmountAll)

describe('start page links to the journeys (§14.1, §3.4(b))', () => {
  it('§14.1 a grant under an older policy opens "What changed" once and keeps a banner', async () => {
    const setup = consentSetup()
    setup.store.getState().decideNotice('accepted')
    setup.store
      .getState()
      .mergeLedger([grantEvent('marketing-sms', Date.UTC(2025, 0, 1), { policyVersion: 'old' })])
    const { testUtils } = await mountPage(JourneyLinks, setup)
    await testUtils.queries.waitForQuerySelector('.journey-links__reconsent')
    expect(setup.nav.routes).toEqual([{ page: 'what-changed' }])
    expect(q('.journey-links__reconsent')?.textContent).toContain('1 项同意需要您重新确认')
    q('.journey-links__card--marketing')?.click()
    expect(setup.nav.routes.at(-1)).toEqual({ page: 'marketing-preferences' })
  })

  it('§14.1 nothing stale: no banner and no redirect', async () => {
    const setup = consentSetup()
    setup.store.getState().decideNotice('accepted')
    const { testUtils } = await mountPage(JourneyLinks, setup)
    await testUtils.queries.waitForQuerySelector('.journey-links__card--history')
    expect(q('.journey-links__reconsent')).toBeNull()
    expect(setup.nav.routes).toEqual([])
  })

  it('§14.1 a newer version from the server, arriving after start, opens "What changed"', async () => {
    const setup = consentSetup()
    setup.store.getState().decideNotice('accepted')
    setup.store
      .getState()
      .recordChoice({ purposeIds: ['marketing-sms'], action: 'grant', source: 'consent-center' })
    const { testUtils } = await mountPage(JourneyLinks, setup)
    await testUtils.queries.waitForQuerySelector('.journey-links__card--history')
    expect(setup.nav.routes).toEqual([])
    // What the sync's GET /v1/policy brings on start or show.
    act(() =>
      setup.store.getState().applyServerPolicy([
        { version: currentPolicyVersion.version, publishedAt: 0, changedParagraphs: [] },
        { version: '2026-11+server', publishedAt: 1, changedParagraphs: ['3.4'] },
      ]),
    )
    await testUtils.queries.waitForQuerySelector('.journey-links__reconsent')
    expect(setup.nav.routes).toEqual([{ page: 'what-changed' }])
  })
})
