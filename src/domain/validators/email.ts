/**
 * Email addresses for the §3.1(g) email marketing channel and contact details. Deliberately
 * practical rather than RFC 5322 complete: one @, a dotted domain, no spaces or control
 * characters, at most 254 characters. The domain is lower-cased (it is case-insensitive). Pure.
 */
import { toHalfWidth, type ValidationResult } from './normalise'

export type EmailErrorCode =
  'email-empty' | 'email-too-long' | 'email-bad-format' | 'email-bad-domain'

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/

export function validateEmail(input: unknown): ValidationResult<string, EmailErrorCode> {
  if (typeof input !== 'string') return { ok: false, code: 'email-empty' }
  const s = toHalfWidth(input).trim()
  if (s.length === 0) return { ok: false, code: 'email-empty' }
  if (s.length > 254) return { ok: false, code: 'email-too-long' }
  const at = s.lastIndexOf('@')
  if (at <= 0 || at !== s.indexOf('@')) return { ok: false, code: 'email-bad-format' }
  const local = s.slice(0, at)
  const domain = s.slice(at + 1).toLowerCase()
  if (local.length > 64 || !LOCAL.test(local)) return { ok: false, code: 'email-bad-format' }
  const labels = domain.split('.')
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) {
    return { ok: false, code: 'email-bad-domain' }
  }
  if (!/^[a-z]{2,}$/.test(labels[labels.length - 1] ?? ''))
    return { ok: false, code: 'email-bad-domain' }
  return { ok: true, value: `${local}@${domain}` }
}
