/**
 * The no-nagging rule of the just-in-time asks (§1.2, §2.4: refusing an optional
 * purpose never blocks the service): after the user refuses an ask, the same ask is not shown
 * again by itself for 48 hours. The consent center still lets the user opt in at any time.
 * Pure: the clock is passed in.
 */
import type { WechatScope } from '../catalogue/types'

export const ASK_QUIET_MS = 48 * 60 * 60 * 1000

/** epoch ms of the last refusal, per ask. */
export type AskRefusals = Readonly<Record<string, number>>

/** Our own consent ask and WeChat's permission ask are remembered apart. */
export const askKey = {
  consent: (purposeId: string) => `consent:${purposeId}`,
  scope: (scope: WechatScope) => `scope:${scope}`,
} as const

/**
 * Whether an ask refused at `refusedAt` must stay quiet at `now`. A clock that went back a
 * little keeps it quiet (when in doubt, do not nag); a refusal stamped more than 48 hours in
 * the future cannot be right and is ignored rather than silencing the ask for ever.
 */
export function isAskQuiet(refusedAt: number | undefined, now: number): boolean {
  if (refusedAt === undefined) return false
  return Math.abs(now - refusedAt) < ASK_QUIET_MS
}

/** The refusals still in force at `now` (what is worth keeping). */
export function activeRefusals(refusals: AskRefusals, now: number): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [key, at] of Object.entries(refusals)) {
    if (isAskQuiet(at, now)) out[key] = at
  }
  return out
}
