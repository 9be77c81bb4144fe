import { waitFor } from '@testing-library/react'
import { purposeCopy } from '../../src/catalogue/purpose-copy'
import { purposes } from '../../src/catalogue/purposes'
import SeparateConsent from '../../src/packages/choices/pages/separate/index'
import { selectConsentState } from '../../src/store/selectors'
import { choices, consentSetup } from '../support/consent-setup'
import { mountPage } from '../support/render'

const q = (selector: string) => document.querySelector(selector) as HTMLElement | null
/** Taro's H5 Button mirrors `disabled` as an attribute; compared as a boolean (no DOM dumps). */
const agreeDisabled = () => {
  const attr = q('.separate-consent__agree')?.getAttribute('disabled')
  return attr !== null && attr !== undefined && attr !== 'false'
}
const separate = purposes.filter((p) => p.separateConsent)

async function openScreen(purposeId: string, accepted = true) {
  const setup = consentSetup({ params: { purpose: purposeId } })
  if (accepted) setup.store.getState().decideNotice('accepted')
  const mounted = await mountPage(SeparateConsent, setup)
  await mounted.testUtils.queries.waitForQuerySelector('.separate-consent__title')
  return { ...mounted, setup }
}

describe('separate-consent screens (§7.3)', () => {
  it('§7.3 there is a screen for each of the eight separate-consent purposes', () => {
    expect(separate.map((p) => p.id).sort()).toEqual(
      [
        'combine-services',
        'face-recognition',
        'guardian-consent',
        'licence-plates',
        'personalised-push',
        'precise-location',
        'receipt-photos',
        'wifi-tracking',
      ].sort(),
    )
  })

  it.each(separate.map((p) => [p.id, p] as const))(
    '§7.3 %s: states purpose, data, why, if refused, retention, recipients; its action grants exactly this one purpose',
    async (id, purpose) => {
      const { testUtils, setup } = await openScreen(id)
      const text = document.body.textContent ?? ''
      const copy = purposeCopy[purpose.id]
      expect(q('.separate-consent__title')?.textContent).toBe(copy.name['zh-CN'])
      expect(text).toContain('单独同意')
      expect(text).toContain(copy.description['zh-CN'])
      expect(text).toContain(copy.ifRefused['zh-CN'])
      expect(text).toContain(copy.retention['zh-CN'])
      expect(text).toContain(copy.recipients['zh-CN'])
      expect(text).toContain('此同意仅针对本项用途，不包含任何其他用途。')
      if (id === 'guardian-consent') {
        // §12.2: only the guardian consents; the button waits for that declaration.
        expect(agreeDisabled()).toBe(true)
        testUtils.fireEvent.click(q('.separate-consent__agree') as HTMLElement)
        expect(choices(setup)).toHaveLength(0)
        testUtils.fireEvent.click(q('.separate-consent__check') as HTMLElement)
        await waitFor(() => expect(agreeDisabled()).toBe(false))
      }
      testUtils.fireEvent.click(q('.separate-consent__agree') as HTMLElement)
      const ledger = choices(setup)
      expect(ledger).toHaveLength(1)
      expect(ledger[0]).toMatchObject({
        purposeId: id,
        action: 'grant',
        bulk: false,
        source: 'separate-consent',
        actor: id === 'guardian-consent' ? 'guardian' : 'user',
      })
      const state = selectConsentState(setup.store.getState())
      const granted = purposes.filter((p) => state[p.id]?.granted && !p.required).map((p) => p.id)
      expect(granted).toEqual([id])
      expect(setup.nav.backs).toBe(1)
    },
  )

  it('§1.2 refusing records nothing and goes back; browsing goes on', async () => {
    const { testUtils, setup } = await openScreen('precise-location')
    testUtils.fireEvent.click(q('.separate-consent__refuse') as HTMLElement)
    expect(choices(setup)).toHaveLength(0)
    expect(setup.nav.backs).toBe(1)
  })

  it('§2.2(b)(iii) a purpose needing a WeChat permission says WeChat will ask after consent', async () => {
    await openScreen('precise-location')
    expect(document.body.textContent).toContain('您同意后，微信还会单独询问是否允许使用精确位置')
  })

  it('§1.5 in guest mode the screen explains and offers the notice instead of granting', async () => {
    const { testUtils, setup } = await openScreen('receipt-photos', false)
    expect(agreeDisabled()).toBe(true)
    testUtils.fireEvent.click(q('.separate-consent__guest-action') as HTMLElement)
    expect(setup.nav.routes.at(-1)).toEqual({ page: 'notice' })
    expect(choices(setup)).toHaveLength(0)
  })

  it('§10.1(d) once granted the screen offers withdrawal, confirming what is deleted', async () => {
    const { testUtils, setup } = await openScreen('licence-plates')
    testUtils.fireEvent.click(q('.separate-consent__agree') as HTMLElement)
    const withdraw = await testUtils.queries.waitForQuerySelector('.separate-consent__withdraw')
    testUtils.fireEvent.click(withdraw as HTMLElement)
    const sheet = await testUtils.queries.waitForQuerySelector('.confirm-sheet')
    expect(sheet?.textContent).toContain('撤回后，我们将删除：车牌号码。')
    testUtils.fireEvent.click(q('.confirm-sheet__confirm') as HTMLElement)
    expect(choices(setup).map((e) => e.action)).toEqual(['grant', 'withdraw'])
  })

  it('an unknown or necessary purpose shows a way back, never a switch', async () => {
    const setup = consentSetup({ params: { purpose: 'membership-account' } })
    const { testUtils } = await mountPage(SeparateConsent, setup)
    await testUtils.queries.waitForQuerySelector('.separate-consent__unknown')
    expect(q('.separate-consent__agree')).toBeNull()
  })

  it('§15.1 the screen follows the chosen language', async () => {
    const setup = consentSetup({ params: { purpose: 'wifi-tracking' } })
    setup.store.getState().setLang('en')
    setup.store.getState().decideNotice('accepted')
    const { testUtils } = await mountPage(SeparateConsent, setup)
    const title = await testUtils.queries.waitForQuerySelector('.separate-consent__title')
    const wifi = purposeCopy['wifi-tracking']
    expect(title?.textContent).toBe(wifi.name.en)
    expect(document.body.textContent).toContain('Separate consent')
    expect(document.body.textContent).toContain(wifi.ifRefused.en)
  })
})
