import { purposeNameById } from '../../src/catalogue/purpose-copy/names'
import { rightByType } from '../../src/catalogue/rights'
import { provinceAbbreviations } from '../../src/domain/validators/plate'
import { zhCN } from '../../src/i18n/zh-cn'
import { member } from '../../src/i18n/zh-cn/member'
import {
  renderWeappPage,
  settle,
  simulate,
  tapSelector,
  wxmlAttributes,
} from '../support/weapp-harness'

/**
 * WCAG 4.1.2 on the real WeChat output: the role, name and state our components pass
 * (`role`, `aria-label`, `aria-checked` …, the same props H5 reads) reach WXML as WeChat's
 * `aria-role`/`aria-*` through config/weapp-aria.ts. Read from the evaluated base.wxml.
 */

const purposeName = (id: string) => {
  const name = purposeNameById[id]
  if (!name) throw new Error(`no purpose ${id}`)
  return name['zh-CN']
}

interface SimulatedPage {
  querySelector(selector: string): { dispatchEvent(name: string): void } | null | undefined
}

/** The member agrees to the notice (WeChat's agree event); once agreed, there is nothing to tap. */
async function agreeToNotice() {
  const notice = await renderWeappPage('pages/notice/index')
  ;(notice.page as SimulatedPage)
    .querySelector('#notice-agree')
    ?.dispatchEvent('agreeprivacyauthorization')
  await settle()
}

describe('weapp output: accessible names and roles (WCAG 4.1.2)', () => {
  it('§1.5 WCAG 4.1.2 the notice names its language switch and heading, and its agree button by its text', async () => {
    const { page, root } = await renderWeappPage('pages/notice/index')
    const language = wxmlAttributes(page, root, '.language-switch')
    expect(language.ariaLabel).toBe(zhCN.common.switchLanguageLabel)
    const title = wxmlAttributes(page, root, '.notice__title')
    expect(title).toMatchObject({ ariaRole: 'heading', ariaLevel: 1 })
    // A native <button>: WeChat reads its text as its name and gives it the button role itself.
    const agree = wxmlAttributes(page, root, '#notice-agree')
    expect(agree.openType).toBe('agreePrivacyAuthorization')
    expect(
      root.querySelector('#notice-agree, [class~="main--notice__agree"], [class~="notice__agree"]')
        ?.textContent,
    ).toBe(zhCN.notice.agree)
  })

  it('§1.5 §3.4(c) WCAG 4.1.2 a consent switch is aria-role="switch", named after its purpose, its aria-checked following each tap', async () => {
    await agreeToNotice()
    const { page, root } = await renderWeappPage('packages/choices/pages/center/index')
    const sms = '.purpose-card--marketing-sms .consent-switch'
    expect(wxmlAttributes(page, root, sms)).toMatchObject({
      ariaRole: 'switch',
      ariaChecked: 'false',
      ariaDisabled: 'false',
      ariaLabel: zhCN.purposeCard.switchLabel(purposeName('marketing-sms')),
    })
    await tapSelector(page, root, sms)
    expect(wxmlAttributes(page, root, sms).ariaChecked).toBe('true')
    // §3.4(c): withdrawing in the app is one more tap.
    await tapSelector(page, root, sms)
    await simulate.sleep(30)
    expect(wxmlAttributes(page, root, sms).ariaChecked).toBe('false')
  })

  it('§2.1(c) §7.3 WCAG 4.1.2 each plate key is aria-role="button" named by its character, aria-disabled while it cannot be typed', async () => {
    // A member who agreed to the notice; licence plates take their own consent (§7.3).
    await agreeToNotice()
    const ask = await renderWeappPage('packages/choices/pages/separate/index', {
      query: { purpose: 'licence-plates' },
    })
    await tapSelector(ask.page, ask.root, '.separate-consent__agree')

    const { page, root } = await renderWeappPage('packages/member/pages/parking/index')
    await tapSelector(page, root, '.parking__add')
    const keyboard = wxmlAttributes(page, root, '.plate-kb')
    expect(keyboard.ariaLabel).toBe(member.member.parking.keyboardLabel)
    const first = wxmlAttributes(page, root, '.plate-kb__key')
    expect(first).toMatchObject({ ariaRole: 'button', ariaDisabled: 'false' })
    expect(first.ariaLabel).toBe(provinceAbbreviations[0])

    // After the province letter the digits wait for the second character (a letter).
    await tapSelector(page, root, '.plate-kb__key')
    const digit = wxmlAttributes(page, root, '.plate-kb__key--off')
    expect(digit).toMatchObject({ ariaRole: 'button', ariaDisabled: 'true', ariaLabel: '1' })
  })

  it('§10.1(g) WCAG 1.3.1 4.1.2 a text field is named by its visible label on WeChat too, not by its placeholder', async () => {
    const { page, root } = await renderWeappPage('packages/rights/pages/form/index', {
      query: { type: 'explain-rules' },
    })
    const question = rightByType['explain-rules'].fields.find((f) => f.id === 'question')
    expect(question).toBeDefined()
    expect(wxmlAttributes(page, root, '.form-field__textarea').ariaLabel).toBe(
      question?.label['zh-CN'],
    )
  })
})
