/**
 * Mainland China mobile numbers (11 digits starting 13–19). Accepts +86 / 0086 / 86 prefixes,
 * full-width digits, spaces and dashes, and returns the bare 11-digit number. Pure.
 */
import { stripSeparators, toHalfWidth, type ValidationResult } from './normalise'

export type PhoneErrorCode =
  'phone-empty' | 'phone-not-digits' | 'phone-bad-length' | 'phone-bad-prefix'

export function validatePhone(input: unknown): ValidationResult<string, PhoneErrorCode> {
  if (typeof input !== 'string') return { ok: false, code: 'phone-empty' }
  let s = stripSeparators(toHalfWidth(input).normalize('NFKC'))
  if (s.length === 0) return { ok: false, code: 'phone-empty' }
  if (s.startsWith('+86')) s = s.slice(3)
  else if (s.startsWith('0086')) s = s.slice(4)
  else if (s.length === 13 && s.startsWith('86')) s = s.slice(2)
  if (!/^\d+$/.test(s)) return { ok: false, code: 'phone-not-digits' }
  if (s.length !== 11) return { ok: false, code: 'phone-bad-length' }
  if (!/^1[3-9]/.test(s)) return { ok: false, code: 'phone-bad-prefix' }
  return { ok: true, value: s }
}

/** 13812341234 -> 138****1234: the only form a phone number may take in logs and lists. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length)
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`
}
