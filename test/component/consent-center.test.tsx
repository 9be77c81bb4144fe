import { waitFor } from '@testing-library/react'
import { purposeCopy } from '../../src/catalogue/purpose-copy'
import { purposeGroupsOrder, purposes } from '../../src/catalogue/purposes'
import { bulkGrantablePurposes } from '../../src/domain/consent-rules'
import ConsentCenter from '../../src/packages/choices/pages/center/index'
import SeparateConsent from '../../src/packages/choices/pages/separate/index'
import { isGranted } from '../../src/store/selectors'
import { choices, consentSetup, type ConsentSetup } from '../support/consent-setup'
import { mountPage } from '../support/render'

const q = (selector: string) => document.querySelector(selector) as HTMLElement | null
const switchOf = (id: string) => q(`.purpose-card--${id} .consent-switch`)
const isOn = (id: string) => switchOf(id)?.className.includes('consent-switch--on') === true

async function openCenter(setup: ConsentSetup = consentSetup()) {
  setup.store.getState().decideNotice('accepted')
  const mounted = await mountPage(ConsentCenter, setup)
  await mounted.testUtils.queries.waitForQuerySelector('.purpose-card')
  return { ...mounted, setup }
}

describe('consent center (§10.1(d))', () => {
  it('§1.5 nothing is pre-ticked and §3.8 necessary items show "necessary" with no switch', async () => {
    await openCenter()
    const optional = purposes.filter((p) => !p.required && p.group !== 'minors')
    const switches = document.querySelectorAll('.consent-switch')
    expect(switches).toHaveLength(optional.length)
    for (const p of optional) expect(isOn(p.id)).toBe(false)
    for (const p of purposes.filter((x) => x.required)) {
      const card = q(`.purpose-card--${p.id}`)
      expect(card?.querySelector('.consent-switch')).toBeNull()
      expect(card?.querySelector('.purpose-card__status')?.textContent).toBe('必要')
    }
  })

  it('§3.1 groups follow the catalogue; each card shows what, why, where, how long, basis and clauses', async () => {
    const { setup, testUtils } = await openCenter()
    const titles = Array.from(document.querySelectorAll('.consent-center__group-title')).map(
      (e) => e.textContent,
    )
    // The children's group appears only for a child's account (§1.6).
    expect(titles).toEqual([
      '会员服务',
      '营销信息',
      '位置',
      '照片与车牌',
      '办公楼',
      '商场WiFi',
      '个性化与分析',
      '网页与Cookie',
    ])
    expect(purposeGroupsOrder.filter((g) => g !== 'minors')).toHaveLength(titles.length)
    // The details open with one tap on the card.
    const more = q('.purpose-card--receipt-photos .purpose-card__more') as HTMLElement
    expect(more.getAttribute('aria-expanded')).toBe('false')
    testUtils.fireEvent.click(more)
    await waitFor(() =>
      expect(q('.purpose-card--receipt-photos')?.textContent).toContain('消费小票照片及小票信息'),
    )
    const card = q('.purpose-card--receipt-photos')?.textContent ?? ''
    const receipt = purposeCopy['receipt-photos']
    expect(card).toContain(receipt.description['zh-CN'])
    expect(card).toContain('消费小票照片及小票信息')
    expect(card).toContain('颐堤港微信小程序')
    expect(card).toContain(receipt.retention['zh-CN'])
    expect(card).toContain('您的单独同意（第7.3条）')
    expect(card).toContain('§2.2(a)(v)')
    // A clause opens the full text at that paragraph.
    const ref = Array.from(
      document.querySelectorAll('.purpose-card--receipt-photos .purpose-card__ref'),
    )
    ;(ref[0] as HTMLElement).click()
    expect(setup.nav.routes.at(-1)).toEqual({ page: 'policy', section: '2.2(a)(v)' })
  })

  it('§7.3 "allow all optional" leaves every separate-consent item off', async () => {
    const { testUtils, setup } = await openCenter()
    testUtils.fireEvent.click(q('.consent-center__allow-all') as HTMLElement)
    const state = setup.store.getState()
    await waitFor(() => expect(isOn('marketing-sms')).toBe(true))
    for (const p of bulkGrantablePurposes(purposes)) expect(isGranted(state, p.id)).toBe(true)
    for (const p of purposes.filter((x) => x.separateConsent)) {
      expect(isGranted(state, p.id)).toBe(false)
      if (p.group !== 'minors') expect(isOn(p.id)).toBe(false)
    }
    expect(choices(setup).every((e) => e.bulk && e.action === 'grant')).toBe(true)
    expect(
      choices(setup).some((e) => purposes.find((p) => p.id === e.purposeId)?.separateConsent),
    ).toBe(false)
  })

  it('§7.3 turning a separate-consent switch on opens its own screen and grants nothing by itself', async () => {
    const { testUtils, setup } = await openCenter()
    testUtils.fireEvent.click(switchOf('face-recognition') as HTMLElement)
    expect(setup.nav.routes.at(-1)).toEqual({
      page: 'separate-consent',
      purpose: 'face-recognition',
    })
    expect(choices(setup)).toHaveLength(0)
    expect(isOn('face-recognition')).toBe(false)
  })

  it('§3.4 withdrawing needs no more taps than granting (one tap each, no confirmation when nothing is deleted)', async () => {
    const { testUtils, setup } = await openCenter()
    let taps = 0
    const tap = (el: HTMLElement | null) => {
      taps += 1
      testUtils.fireEvent.click(el as HTMLElement)
    }
    tap(switchOf('marketing-sms'))
    await waitFor(() => expect(isOn('marketing-sms')).toBe(true))
    const grantTaps = taps
    taps = 0
    tap(switchOf('marketing-sms'))
    await waitFor(() => expect(isOn('marketing-sms')).toBe(false))
    expect(q('.confirm-sheet')).toBeNull()
    expect(taps).toBeLessThanOrEqual(grantTaps)
    expect(choices(setup).map((e) => e.action)).toEqual(['grant', 'withdraw'])
  })

  it('§10.1(d) a withdrawal that deletes data: switch + one confirmation naming exactly what, no more taps than its grant', async () => {
    const setup = consentSetup({ params: { purpose: 'receipt-photos' } })
    setup.store.getState().decideNotice('accepted')
    // Granting: the switch, then the screen's own agree button (§7.3): two taps.
    const center = await openCenter(setup)
    let grantTaps = 1
    center.testUtils.fireEvent.click(switchOf('receipt-photos') as HTMLElement)
    expect(setup.nav.routes.at(-1)).toEqual({ page: 'separate-consent', purpose: 'receipt-photos' })
    const screen = await mountPage(SeparateConsent, setup)
    const agree = await screen.testUtils.queries.waitForQuerySelector('.separate-consent__agree')
    grantTaps += 1
    screen.testUtils.fireEvent.click(agree as HTMLElement)
    screen.testUtils.unmout()
    await waitFor(() => expect(isOn('receipt-photos')).toBe(true))

    let withdrawTaps = 1
    center.testUtils.fireEvent.click(switchOf('receipt-photos') as HTMLElement)
    const sheet = await center.testUtils.queries.waitForQuerySelector('.confirm-sheet')
    expect(sheet?.textContent).toContain('撤回后，我们将删除：消费小票照片及小票信息。')
    expect(isGranted(setup.store.getState(), 'receipt-photos')).toBe(true)
    withdrawTaps += 1
    center.testUtils.fireEvent.click(q('.confirm-sheet__confirm') as HTMLElement)
    await waitFor(() => expect(isOn('receipt-photos')).toBe(false))
    expect(withdrawTaps).toBeLessThanOrEqual(grantTaps)
    expect(choices(setup).map((e) => `${e.purposeId}:${e.action}`)).toEqual([
      'receipt-photos:grant',
      'receipt-photos:withdraw',
    ])
  })

  it('§3.4 cancelling the confirmation keeps the consent; "withdraw all" withdraws everything granted', async () => {
    const { testUtils, setup } = await openCenter()
    testUtils.fireEvent.click(q('.consent-center__allow-all') as HTMLElement)
    await waitFor(() => expect(isOn('member-profile')).toBe(true))
    testUtils.fireEvent.click(switchOf('member-profile') as HTMLElement)
    await testUtils.queries.waitForQuerySelector('.confirm-sheet')
    expect(q('.confirm-sheet__text')?.textContent).toBe(
      '撤回后，我们将删除：姓名、性别、电子邮箱地址。',
    )
    testUtils.fireEvent.click(q('.confirm-sheet__cancel') as HTMLElement)
    await waitFor(() => expect(q('.confirm-sheet')).toBeNull())
    expect(isGranted(setup.store.getState(), 'member-profile')).toBe(true)

    testUtils.fireEvent.click(q('.consent-center__withdraw-all') as HTMLElement)
    await testUtils.queries.waitForQuerySelector('.confirm-sheet')
    testUtils.fireEvent.click(q('.confirm-sheet__confirm') as HTMLElement)
    const s = setup.store.getState()
    for (const p of purposes.filter((x) => !x.required)) expect(isGranted(s, p.id)).toBe(false)
  })
})
