import type { PhoneBinding } from '../member-ports'

/**
 * The getPhoneNumber button's answer (issue 7 §1). WeChat hands the page a one-time code; only
 * a server holding the app secret can turn it into the number (phonenumber.getPhoneNumber).
 * The backend has no route for that yet, so on weapp the number cannot be verified: the
 * member page says so instead of asking the user to type a number it cannot check.
 */
export const wechatPhoneBinding: PhoneBinding = {
  trigger: 'button-event',
  codeFrom(detail) {
    const d = (detail ?? {}) as { code?: unknown; errMsg?: unknown }
    if (typeof d.code === 'string' && d.code.length > 0) return { ok: true, code: d.code }
    const denied = typeof d.errMsg === 'string' && /deny|denied|cancel/i.test(d.errMsg)
    return { ok: false, reason: denied ? 'denied' : 'unavailable' }
  },
  async numberFor() {
    return null
  },
}
