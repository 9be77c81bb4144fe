/**
 * WeChat's privacy check (__usePrivacyCheck__) holds a privacy API called on ANY page until the
 * mini program answers onNeedPrivacyAuthorization. The built output, every page: our popup
 * appears where the call was made, reports its exposure, and agreeing (the
 * agreePrivacyAuthorization button) or declining answers WeChat.
 */
import {
  askPrivacy,
  renderWeappPage,
  seedSavedState,
  settle,
  simulate,
  tapByClass,
  weappRoutes,
} from '../support/weapp-harness'

// A member who agreed to the notice: the pages that call privacy APIs are open to them.
beforeAll(() => seedSavedState((store) => store.getState().decideNotice('accepted')))

/** The pages that call a privacy API themselves (the output's JS, checked by privacy-apis). */
const callers = [
  'packages/member/pages/card/index', // getPhoneNumber
  'packages/member/pages/receipts/index', // chooseMedia
  'packages/member/pages/stores/index', // getLocation
  'packages/rights/pages/form/index', // chooseMedia (evidence photos)
  'packages/rights/pages/export/index', // setClipboardData
]

interface SimulatedPage {
  querySelector(s: string): { dispatchEvent(name: string, detail?: unknown): void } | null
}

const popupOn = (root: HTMLElement) =>
  root.querySelector('[class~="main--privacy-popup"], [class~="privacy-popup"]')

describe('§1.5 WeChat privacy authorization is answered on every page', () => {
  it('§1.5 the pages that call privacy APIs are pages of the built app', () => {
    const routes = weappRoutes().map((r) => r.route)
    for (const route of callers) expect(routes).toContain(route)
  })

  it.each(weappRoutes().map((r) => [r.route]))(
    '§1.5 %s: the popup appears when WeChat asks, agreeing answers "agree" through the open-type button',
    async (route) => {
      const { page, root } = await renderWeappPage(route)
      expect(popupOn(root)).toBeNull()
      const answers = askPrivacy(route)
      await settle()
      expect(popupOn(root)).not.toBeNull()
      expect(root.textContent).toContain('隐私保护提示')
      // WeChat wants to know the popup was actually shown before the answer.
      expect(answers).toEqual([{ event: 'exposureAuthorization' }])
      // Only the agreePrivacyAuthorization event answers "agree" on WeChat, not a plain tap.
      ;(page as unknown as SimulatedPage)
        .querySelector('#privacy-popup-agree')
        ?.dispatchEvent('agreeprivacyauthorization')
      await settle()
      expect(answers).toEqual([
        { event: 'exposureAuthorization' },
        { event: 'agree', buttonId: 'privacy-popup-agree' },
      ])
      expect(popupOn(root)).toBeNull()
      page.detach()
    },
  )

  it.each(callers.map((r) => [r]))(
    '§1.5 %s: declining answers "disagree" and the page says calmly that nothing was done',
    async (route) => {
      const { page, root } = await renderWeappPage(route)
      const answers = askPrivacy(route)
      await settle()
      await tapByClass(page, root, 'privacy-popup__disagree')
      expect(answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'disagree' }])
      expect(popupOn(root)).toBeNull()
      expect(root.textContent).toContain('刚才的操作没有进行，也没有收集任何信息')
      await tapByClass(page, root, 'privacy-popup__dismiss')
      await simulate.sleep(10)
      expect(root.textContent).not.toContain('刚才的操作没有进行')
      page.detach()
    },
  )
})
