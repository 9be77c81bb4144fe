/**
 * The small rules the ledger is built on: how events are ordered, which events can count for a
 * purpose, and what "allow all optional" may include. Pure functions, no catalogue import: the
 * purposes are passed in.
 */
import type { PurposeId } from '../catalogue/purposes'
import type { Purpose } from '../catalogue/types'
import type { ConsentEvent } from './consent-event'

/** §1.6, §12.2: the purpose that records the guardian's separate consent. */
export const GUARDIAN_CONSENT_PURPOSE_ID = 'guardian-consent' satisfies PurposeId

/**
 * The user's answer to the privacy notice (§1.5), kept in the ledger with the policy version
 * it was given under (§14.1). Necessary, so it has no switch; it is recorded only from the
 * notice itself or a re-consent screen.
 */
export const NOTICE_PURPOSE_ID = 'privacy-notice' satisfies PurposeId

/** A stable text key over every field of an event, the last tie-breaker of the order. */
export function eventKey(e: ConsentEvent): string {
  return JSON.stringify([
    e.eventId,
    e.purposeId,
    e.action,
    e.at,
    e.policyVersion,
    e.source,
    e.deviceId,
    e.actor,
    e.bulk,
  ])
}

/**
 * Total order of events: by `at`; on a tie a withdrawal sorts later (so it wins: when in doubt,
 * the user said no, §3.4, §10.1(d)); then by eventId; then by every other field, so that even
 * two different events wrongly sharing an id always sort the same way whatever their arrival.
 * The latest event in this order is the one that decides.
 */
export function compareEvents(a: ConsentEvent, b: ConsentEvent): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1
  if (a.action !== b.action) return a.action === 'withdraw' ? 1 : -1
  if (a.eventId !== b.eventId) return a.eventId < b.eventId ? -1 : 1
  const ka = eventKey(a)
  const kb = eventKey(b)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

/**
 * Whether an event can decide a purpose at all. §7.3, PIPL Art. 29: a grant given through a bulk
 * control never counts for a separate-consent purpose. Withdrawals always count.
 */
export function canCount(event: ConsentEvent, purpose: Purpose): boolean {
  return !(event.action === 'grant' && event.bulk && purpose.separateConsent)
}

/**
 * The time for a new choice about `purposeId`: `now`, or one millisecond after the latest event
 * this device knows for that purpose if its clock is behind, so the new choice (a withdrawal
 * above all) always supersedes everything the user could have seen.
 */
export function nextEventTime(
  events: readonly ConsentEvent[],
  purposeId: string,
  now: number,
): number {
  let next = now
  for (const e of events) {
    if (e.purposeId === purposeId && e.at + 1 > next) next = e.at + 1
  }
  return next
}

/**
 * What "allow all optional" may grant: optional purposes without separate consent. A
 * separate-consent item always has its own screen (§1.5, §7.3).
 */
export function bulkGrantablePurposes<P extends Purpose>(purposes: readonly P[]): P[] {
  return purposes.filter((p) => !p.required && !p.separateConsent)
}
