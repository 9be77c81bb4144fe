/**
 * §10.3 identity verification in the app: the resend cooldown and the code as typed. Pure:
 * the time comes in as an argument, so the countdown is tested without waiting.
 */
import { toHalfWidth } from './validators/normalise'

/** A new code may be asked for a minute after the last one (the server also limits per hour). */
export const RESEND_COOLDOWN_MS = 60_000

/** Whole seconds until another code may be sent; 0 when it may be sent now. */
export function secondsUntilResend(sentAt: number | null, now: number): number {
  if (sentAt === null) return 0
  return Math.max(0, Math.ceil((sentAt + RESEND_COOLDOWN_MS - now) / 1000))
}

/** Whole seconds until `until` (e.g. the server's retry-after); 0 once it has passed. */
export function secondsUntil(until: number | null, now: number): number {
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000))
}

/** The six digits as typed with any IME (full-width digits, spaces), or null when not six. */
export function normaliseSmsCode(input: string): string | null {
  const digits = toHalfWidth(input).replace(/\s/g, '')
  return /^\d{6}$/.test(digits) ? digits : null
}
