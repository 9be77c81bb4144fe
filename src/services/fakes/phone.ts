import type { PhoneBinding } from '../member-ports'

/**
 * H5 ignores the button's openType (Taro 4.2.1), so a plain tap gets a mock code that the
 * mock backend takes for `number` (`mockphone:<number>:<nonce>`, used once, as WeChat's code);
 * `deny` plays a user who refuses WeChat's phone sheet.
 */
export function createFakePhoneBinding(opts: { number?: string; deny?: boolean } = {}) {
  const number = opts.number ?? '13800138000'
  let taps = 0
  const binding: PhoneBinding = {
    trigger: 'click',
    codeFrom() {
      if (opts.deny) return { ok: false, reason: 'denied' }
      taps += 1
      return { ok: true, code: `mockphone:${number}:${Date.now().toString(36)}${taps}` }
    },
  }
  return binding
}
