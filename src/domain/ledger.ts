/**
 * The consent ledger: an append-only list of ConsentEvents, and the pure rules that derive each
 * purpose's current state from it. Nothing here knows the catalogue, the policy text or the
 * clock: the caller passes them in (see ConsentContext).
 *
 * Rules (each proved by a property test in test/unit/domain/):
 * - Unknown means not granted: no countable event gives 'not-set' (§1.5).
 * - Required purposes are 'necessary' and granted, without a switch (§3.8).
 * - Per purpose the latest event by `at` decides, not the latest to arrive; on a tie a
 *   withdrawal wins. A late-arriving older grant stays in the ledger and never flips the state.
 * - Events for purpose ids the catalogue does not know are ignored.
 * - A bulk grant never counts for a separate-consent purpose (§7.3).
 * - §14.1: a grant given under an older policy version is 'needs-reconsent' when a paragraph the
 *   purpose cites changed since.
 * - §1.6, §12.2: for a user under 14 nothing counts without the guardian; see deriveConsentState.
 */
import type { Purpose } from '../catalogue/types'
import type { ConsentEvent, PurposeState } from './consent-event'
import { GUARDIAN_CONSENT_PURPOSE_ID, canCount, compareEvents } from './consent-rules'

export {
  GUARDIAN_CONSENT_PURPOSE_ID,
  NOTICE_PURPOSE_ID,
  bulkGrantablePurposes,
  canCount,
  compareEvents,
  nextEventTime,
} from './consent-rules'
export { createConsentEvents } from './consent-actions'
export type {
  ConsentChoice,
  ConsentDeps,
  ConsentError,
  ConsentErrorCode,
  CreateConsentResult,
} from './consent-actions'

export interface ConsentContext {
  readonly purposes: readonly Purpose[]
  readonly currentPolicyVersion: string
  /**
   * Paragraph ids changed between `version` and the current policy; undefined when `version` is
   * unknown, which counts as "everything changed".
   */
  changedParagraphsSince(version: string): ReadonlySet<string> | undefined
  /** Whether a policyRef of a purpose is touched by the changed paragraphs. */
  isAffectedBy(ref: string, changed: ReadonlySet<string>): boolean
  /** The data subject is under 14 (see isUnder14 in ./minors). */
  readonly subjectUnder14: boolean
}

/** Purpose id -> state, one entry for every purpose of the catalogue. */
export type ConsentState = Readonly<Record<string, PurposeState>>

/**
 * Derives every purpose's state from the ledger. The result does not depend on the order or
 * duplication of `events`.
 *
 * §1.6, §12.2 for a subject under 14: an optional purpose counts as granted only when
 * `guardian-consent` is currently granted by actor 'guardian' and the purpose's own deciding grant
 * was also given by actor 'guardian'; otherwise its status is 'needs-guardian'. The guardian's
 * consent also comes before necessary processing under a contract ("we will only Process your
 * Personal Information after your guardian has provided separate consent", §1.6), so those are
 * 'needs-guardian' too; legal obligations (§3.8(b)) stay 'necessary'.
 */
export function deriveConsentState(
  events: readonly ConsentEvent[],
  ctx: ConsentContext,
): ConsentState {
  const deciding = decidingEvents(events, ctx.purposes)
  const stale = staleness(ctx)

  const guardianGrant = deciding.get(GUARDIAN_CONSENT_PURPOSE_ID)
  const guardianPurpose = ctx.purposes.find((p) => p.id === GUARDIAN_CONSENT_PURPOSE_ID)
  const guardianOk =
    guardianPurpose !== undefined &&
    guardianGrant !== undefined &&
    guardianGrant.action === 'grant' &&
    guardianGrant.actor === 'guardian' &&
    !stale(guardianGrant, guardianPurpose)

  const state: Record<string, PurposeState> = {}
  for (const p of ctx.purposes) {
    state[p.id] = purposeState(p, deciding.get(p.id), ctx.subjectUnder14, guardianOk, stale)
  }
  return state
}

function purposeState(
  p: Purpose,
  decidedBy: ConsentEvent | undefined,
  under14: boolean,
  guardianOk: boolean,
  stale: (e: ConsentEvent, p: Purpose) => boolean,
): PurposeState {
  const purposeId = p.id
  if (p.required) {
    if (under14 && !guardianOk && p.legalBasis === 'contract') {
      return { purposeId, granted: false, status: 'needs-guardian' }
    }
    return { purposeId, granted: true, status: 'necessary' }
  }
  if (decidedBy === undefined) return { purposeId, granted: false, status: 'not-set' }
  if (decidedBy.action === 'withdraw') {
    return { purposeId, granted: false, status: 'withdrawn', decidedBy }
  }
  const needsGuardian =
    under14 &&
    (decidedBy.actor !== 'guardian' || (purposeId !== GUARDIAN_CONSENT_PURPOSE_ID && !guardianOk))
  if (needsGuardian) return { purposeId, granted: false, status: 'needs-guardian', decidedBy }
  if (stale(decidedBy, p)) {
    return { purposeId, granted: false, status: 'needs-reconsent', decidedBy }
  }
  return { purposeId, granted: true, status: 'granted', decidedBy }
}

/** Per known optional purpose, the latest event that can count (compareEvents order). */
function decidingEvents(
  events: readonly ConsentEvent[],
  purposes: readonly Purpose[],
): Map<string, ConsentEvent> {
  const byId = new Map(purposes.map((p) => [p.id, p]))
  const latest = new Map<string, ConsentEvent>()
  for (const e of events) {
    const p = byId.get(e.purposeId)
    if (p === undefined || !canCount(e, p)) continue
    const prev = latest.get(e.purposeId)
    if (prev === undefined || compareEvents(e, prev) > 0) latest.set(e.purposeId, e)
  }
  return latest
}

/**
 * §14.1: a grant needs re-consent when it was given under another policy version and one of the
 * purpose's policyRefs is affected by what changed since (an unknown version: all of them).
 */
function staleness(ctx: ConsentContext): (e: ConsentEvent, p: Purpose) => boolean {
  const changedCache = new Map<string, ReadonlySet<string> | undefined>()
  const changedSince = (version: string) => {
    if (!changedCache.has(version)) changedCache.set(version, ctx.changedParagraphsSince(version))
    return changedCache.get(version)
  }
  return (e, p) => {
    if (e.policyVersion === ctx.currentPolicyVersion) return false
    const changed = changedSince(e.policyVersion)
    if (changed === undefined) return true
    return p.policyRefs.some((ref) => ctx.isAffectedBy(ref, changed))
  }
}

/**
 * Union of two ledgers by eventId: idempotent, commutative and associative, like a grow-only set
 * CRDT, so device and server can merge in any order and agree. The result is sorted by
 * compareEvents. Should two different events share an id (a bug elsewhere), the one later in
 * compareEvents order is kept, so the outcome still does not depend on the merge order.
 */
export function mergeLedgers(
  a: readonly ConsentEvent[],
  b: readonly ConsentEvent[],
): ConsentEvent[] {
  const byId = new Map<string, ConsentEvent>()
  for (const e of [...a, ...b]) {
    const prev = byId.get(e.eventId)
    if (prev === undefined || compareEvents(e, prev) > 0) byId.set(e.eventId, e)
  }
  return [...byId.values()].sort(compareEvents)
}

/** The events of one purpose, oldest first: the history shown on the purpose's page. */
export function purposeHistory(events: readonly ConsentEvent[], purposeId: string): ConsentEvent[] {
  return events.filter((e) => e.purposeId === purposeId).sort(compareEvents)
}
