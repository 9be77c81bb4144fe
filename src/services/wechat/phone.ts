import type { PhoneBinding } from '../member-ports'

/**
 * The getPhoneNumber button's answer (§3.1(b)). WeChat hands the page a one-time code; only
 * a server holding the app secret can turn it into the number (phonenumber.getPhoneNumber), so
 * the app sends the code to the backend (POST /v1/me/phone) and never a number of its own.
 */
export const wechatPhoneBinding: PhoneBinding = {
  trigger: 'button-event',
  codeFrom(detail) {
    const d = (detail ?? {}) as { code?: unknown; errMsg?: unknown }
    if (typeof d.code === 'string' && d.code.length > 0) return { ok: true, code: d.code }
    const denied = typeof d.errMsg === 'string' && /deny|denied|cancel/i.test(d.errMsg)
    return { ok: false, reason: denied ? 'denied' : 'unavailable' }
  },
}
