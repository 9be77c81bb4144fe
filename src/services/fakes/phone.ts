import type { PhoneBinding } from '../member-ports'

const PREFIX = 'mock-phone:'

/**
 * H5 ignores the button's openType (toolchain notes), so a plain tap gets a mock code that
 * stands for `number`; `deny` plays a user who refuses WeChat's phone sheet.
 */
export function createFakePhoneBinding(opts: { number?: string; deny?: boolean } = {}) {
  const number = opts.number ?? '13800138000'
  const binding: PhoneBinding = {
    trigger: 'click',
    codeFrom() {
      return opts.deny ? { ok: false, reason: 'denied' } : { ok: true, code: PREFIX + number }
    },
    async numberFor(code) {
      return code.startsWith(PREFIX) ? code.slice(PREFIX.length) : null
    },
  }
  return binding
}
