import { act, waitFor } from '@testing-library/react'
import { marketingChannels } from '../../src/catalogue/types'
import MarketingPreferences from '../../src/packages/choices/pages/marketing/index'
import { createFakeSubscribeMessages } from '../../src/services/fakes/subscribe'
import { isGranted } from '../../src/store/selectors'
import { consentSetup } from '../support/consent-setup'
import { bornYearsAgo } from '../support/dates'
import { grantEvent } from '../support/store'
import { mountPage, unmountAll } from '../support/render'

const q = (selector: string) => document.querySelector(selector) as HTMLElement | null
const switchOf = (id: string) => q(`.purpose-card--${id} .consent-switch`) as HTMLElement
const isOn = (id: string) => switchOf(id)?.className.includes('consent-switch--on') === true

async function open(subscribe = createFakeSubscribeMessages()) {
  const setup = consentSetup()
  setup.store.getState().decideNotice('accepted')
  const services = { ...setup.services, subscribe }
  const mounted = await mountPage(MarketingPreferences, { ...setup, services })
  await mounted.testUtils.queries.waitForQuerySelector('.purpose-card--marketing-sms')
  return { ...mounted, setup, subscribe }
}

afterEach(unmountAll)

describe('marketing preferences (§3.3, §3.4, §9.3(a))', () => {
  it('§3.3 one switch per channel, all off until the user says yes', async () => {
    await open()
    for (const c of marketingChannels) expect(isOn(`marketing-${c}`)).toBe(false)
    expect(switchOf('personalised-push')).not.toBeNull()
    switchOf('marketing-email').click()
    await waitFor(() => expect(isOn('marketing-email')).toBe(true))
    expect(isOn('marketing-sms')).toBe(false)
  })

  it('§3.4(c) stop all marketing turns off every channel in one tap', async () => {
    const { setup, testUtils } = await open()
    setup.store.getState().recordChoice({
      purposeIds: marketingChannels.map((c) => `marketing-${c}`),
      action: 'grant',
      source: 'consent-center',
    })
    // §7.3: personalised push is a separate consent, given on its own.
    setup.store.getState().recordChoice({
      purposeIds: ['personalised-push'],
      action: 'grant',
      source: 'separate-consent',
    })
    await waitFor(() => expect(isOn('marketing-post')).toBe(true))
    testUtils.fireEvent.click(q('.marketing-prefs__stop-all') as HTMLElement)
    await waitFor(() => expect(isOn('marketing-sms')).toBe(false))
    const state = setup.store.getState()
    for (const c of marketingChannels) {
      expect(isGranted(state, `marketing-${c}`)).toBe(false)
      expect(isOn(`marketing-${c}`)).toBe(false)
    }
    expect(isGranted(state, 'personalised-push')).toBe(false)
    const withdrawals = state.ledger.filter((e) => e.action === 'withdraw')
    expect(withdrawals.every((e) => e.source === 'marketing-preferences')).toBe(true)
    expect(new Set(withdrawals.map((e) => e.at)).size).toBe(1)
  })

  it('§3.4(c) §14.1 stop all also withdraws a grant waiting for re-consent, so it cannot revive', async () => {
    const { setup, testUtils } = await open()
    setup.store
      .getState()
      .mergeLedger([grantEvent('marketing-sms', Date.UTC(2025, 0, 1), { policyVersion: 'old' })])
    testUtils.fireEvent.click(q('.marketing-prefs__stop-all') as HTMLElement)
    await waitFor(() =>
      expect(setup.store.getState().ledger.at(-1)).toMatchObject({
        purposeId: 'marketing-sms',
        action: 'withdraw',
      }),
    )
    expect(q('.marketing-prefs__note')?.textContent).toContain('已停止全部营销')
  })

  it('§9.3(a) personalised push has its own switch: on asks on its own screen (§7.3), off is one tap', async () => {
    const { setup } = await open()
    switchOf('personalised-push').click()
    expect(setup.nav.routes.at(-1)).toEqual({
      page: 'separate-consent',
      purpose: 'personalised-push',
    })
    expect(isGranted(setup.store.getState(), 'personalised-push')).toBe(false)
    setup.store.getState().recordChoice({
      purposeIds: ['personalised-push'],
      action: 'grant',
      source: 'separate-consent',
    })
    await waitFor(() => expect(isOn('personalised-push')).toBe(true))
    switchOf('personalised-push').click()
    await waitFor(() => expect(isOn('personalised-push')).toBe(false))
    expect(isGranted(setup.store.getState(), 'marketing-sms')).toBe(false)
  })

  it('§3.5 service announcements are shown as always on, with no switch', async () => {
    await open()
    const note = q('.marketing-prefs__service-note')?.textContent ?? ''
    expect(note).toContain('无法关闭')
    expect(note).toContain('第3.5条')
    expect(q('.marketing-prefs__service .consent-switch')).toBeNull()
  })

  it('§3.1(g) §3.4(c) WeChat push is a consent only: no subscribe dialog on, none off, and the card says the Official Account sends it', async () => {
    const { subscribe, setup } = await open(createFakeSubscribeMessages({ answer: 'accept' }))
    const card = () => q('.purpose-card--marketing-wechat')?.textContent ?? ''
    expect(card()).toContain('微信公众号')
    expect(card()).toContain('关闭本开关后，我们不再向您推送')
    switchOf('marketing-wechat').click()
    await waitFor(() => expect(isOn('marketing-wechat')).toBe(true))
    expect(isGranted(setup.store.getState(), 'marketing-wechat')).toBe(true)
    switchOf('marketing-wechat').click()
    await waitFor(() => expect(isOn('marketing-wechat')).toBe(false))
    // WeChat keeps subscribe messages for service notices: marketing never opens its dialog.
    expect(subscribe.shown).toEqual([])
    expect(q('.marketing-prefs__wechat-note')).toBeNull()
    expect(setup.store.getState().ledger.map((e) => [e.purposeId, e.action])).toContainEqual([
      'marketing-wechat',
      'withdraw',
    ])
  })

  it('§3.1(g) in English the WeChat push card names the Official Account and how to stop it', async () => {
    const { setup } = await open()
    act(() => setup.store.getState().setLang('en'))
    await waitFor(() =>
      expect(q('.purpose-card--marketing-wechat')?.textContent).toContain(
        'through its WeChat Official Account',
      ),
    )
    expect(q('.purpose-card--marketing-wechat')?.textContent).toContain(
      'Switch this off and we stop sending them.',
    )
  })

  it('§12.2 a child under 14 is sent to the guardian flow instead of granting', async () => {
    const setup = consentSetup()
    setup.store.getState().decideNotice('accepted')
    setup.store.getState().setBirthDate(bornYearsAgo(11))
    const { testUtils } = await mountPage(MarketingPreferences, setup)
    await testUtils.queries.waitForQuerySelector('.purpose-card--marketing-sms')
    switchOf('marketing-sms').click()
    expect(setup.nav.routes.at(-1)).toEqual({ page: 'guardian' })
    expect(setup.store.getState().ledger.filter((e) => e.source !== 'notice')).toHaveLength(0)
    expect(q('.marketing-prefs__guardian')).not.toBeNull()
  })
})
