/**
 * Delivery rules for choices waiting to reach the backend (pure: the clock and the random
 * source are injected). A consent change, above all a withdrawal, must arrive eventually, once
 * in effect, and never be undone by an older one (§3.4, §10.1(d)).
 */
import type { ConsentEvent } from './consent-event'
import { compareEvents } from './consent-rules'

/** Largest batch the backend accepts (contract: 1..100 events). */
export const MAX_BATCH = 100

export interface Backoff {
  readonly baseMs: number
  readonly capMs: number
}

export const defaultBackoff: Backoff = { baseMs: 1_000, capMs: 60_000 }

/**
 * Exponential backoff with full jitter (a random delay in [0, min(cap, base·2^attempt))), so a
 * crowd of phones coming out of a car park does not retry in step. A server's Retry-After is a
 * floor, never shortened by the jitter.
 */
export function retryDelay(
  attempt: number,
  random: () => number,
  opts: { retryAfterMs?: number; backoff?: Backoff } = {},
): number {
  const { baseMs, capMs } = opts.backoff ?? defaultBackoff
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt, 30))
  const jittered = Math.floor(random() * ceiling)
  return Math.max(jittered, opts.retryAfterMs ?? 0)
}

export type FailureClass = 'retry' | 'fatal'

/**
 * Timeouts, dropped connections, 5xx and 429 are worth retrying; any other 4xx will fail the
 * same way again, so it is shown to the user instead (and the item is kept, never dropped).
 */
export function classifyFailure(failure: { kind: string; status?: number }): FailureClass {
  if (failure.kind === 'network') return 'retry'
  const status = failure.status ?? 0
  if (status === 429 || status === 408 || status >= 500) return 'retry'
  return 'fatal'
}

/**
 * The next batch to send: withdrawals first (they stop processing, §3.4), then oldest first,
 * at most MAX_BATCH.
 */
export function nextBatch(pending: readonly ConsentEvent[], max = MAX_BATCH): ConsentEvent[] {
  const withdrawals = pending.filter((e) => e.action === 'withdraw').sort(compareEvents)
  const grants = pending.filter((e) => e.action !== 'withdraw').sort(compareEvents)
  return [...withdrawals, ...grants].slice(0, max)
}

/**
 * Keeps the local ledger small (WeChat allows 1 MB per storage key): once the server holds an
 * event, the device needs only what can still decide a purpose's state (the server keeps the
 * full history) plus everything not yet acknowledged. Whether an event counts depends only on
 * its purpose, action, actor and bulk flag (canCount, the under-14 rule), so keeping the latest
 * acknowledged event of each such class keeps every purpose's deciding event.
 */
export function compactLedger(
  ledger: readonly ConsentEvent[],
  unacked: ReadonlySet<string>,
): ConsentEvent[] {
  const latest = new Map<string, ConsentEvent>()
  for (const e of ledger) {
    if (unacked.has(e.eventId)) continue
    const key = `${e.purposeId}|${e.action}|${e.actor}|${e.bulk}`
    const prev = latest.get(key)
    if (!prev || compareEvents(e, prev) > 0) latest.set(key, e)
  }
  const keep = new Set([...latest.values()].map((e) => e.eventId))
  return ledger.filter((e) => unacked.has(e.eventId) || keep.has(e.eventId))
}
