/**
 * Appending to the ledger and honouring withdrawals in one transaction: the events are stored
 * (idempotently, hash-chained) and the data that only a withdrawn consent allowed is deleted
 * (§8.2, §10.1(d)), so the answer can say what was deleted.
 */
import type { DeletedData } from '../../../src/contract/consents'
import type { ConsentAction, ConsentEvent, ConsentSource } from '../../../src/domain/consent-event'
import type { ConsentState } from '../../../src/domain/ledger'
import { nextEventTime } from '../../../src/domain/consent-rules'
import { toEvent, type AppendOutcome } from '../db/ledger'
import type { UserRow } from '../db/users'
import type { Ctx } from './context'
import { allPurposes, deriveFor, policyVersionIn, purposeOf } from './consent-state'

/** Data category id (catalogue) -> how the backend deletes it. Categories it never stores count 0. */
const deleters: Readonly<Record<string, (ctx: Ctx, userId: string) => number>> = {
  'licence-plate': (ctx, userId) =>
    ctx.db.prepare('DELETE FROM plates WHERE user_id = ?').run(userId).changes,
  // The receipt record stays (points are a transaction, §8.1); the photo goes.
  'receipt-photos': (ctx, userId) =>
    ctx.db
      .prepare(
        'UPDATE receipts SET image = NULL, mime_type = NULL, size_bytes = NULL WHERE user_id = ? AND image IS NOT NULL',
      )
      .run(userId).changes,
  'email-address': (ctx, userId) =>
    ctx.db.prepare('UPDATE users SET email = NULL WHERE id = ? AND email IS NOT NULL').run(userId)
      .changes,
}

export function deleteForWithdrawals(
  ctx: Ctx,
  userId: string,
  before: ConsentState,
  after: ConsentState,
): DeletedData[] {
  const deleted: DeletedData[] = []
  for (const p of allPurposes) {
    if (after[p.id]?.status !== 'withdrawn' || before[p.id]?.status === 'withdrawn') continue
    for (const category of p.deletesOnWithdrawal) {
      const del = deleters[category]
      deleted.push({ purposeId: p.id, category, count: del ? del(ctx, userId) : 0 })
    }
  }
  return deleted
}

export type AppendResult =
  | {
      readonly ok: true
      readonly outcomes: readonly Extract<AppendOutcome, { kind: 'stored' | 'duplicate' }>[]
      readonly state: ConsentState
      readonly deleted: DeletedData[]
    }
  | { readonly ok: false; readonly conflicts: readonly string[] }

class Rollback extends Error {
  constructor(readonly conflicts: string[]) {
    super('rollback')
  }
}

export function appendEvents(
  ctx: Ctx,
  user: UserRow,
  events: readonly ConsentEvent[],
): AppendResult {
  try {
    // IMMEDIATE: take the write lock before reading the chain head, so even a second process
    // on the same file cannot fork a chain.
    return ctx.db
      .transaction((): AppendResult => {
        const now = ctx.clock()
        // Only a withdrawal of a purpose that deletes data needs the state before the batch.
        const mayDelete = events.some(
          (e) =>
            e.action === 'withdraw' &&
            (purposeOf(e.purposeId)?.deletesOnWithdrawal.length ?? 0) > 0,
        )
        const before = mayDelete ? deriveFor(ctx.ledger, user, now) : undefined
        const outcomes: Extract<AppendOutcome, { kind: 'stored' | 'duplicate' }>[] = []
        const conflicts: string[] = []
        for (const e of events) {
          const o = ctx.ledger.append(user.id, e, now)
          if (o.kind === 'conflict') conflicts.push(o.eventId)
          else outcomes.push(o)
        }
        // The same id with different content: nothing of the batch is stored.
        if (conflicts.length) throw new Rollback(conflicts)
        const after = deriveFor(ctx.ledger, user, now)
        return {
          ok: true,
          outcomes,
          state: after,
          deleted: before ? deleteForWithdrawals(ctx, user.id, before, after) : [],
        }
      })
      .immediate()
  } catch (e) {
    // The transaction rolled back: the cached chain may hold entries that were not kept.
    ctx.ledger.forget(user.id)
    if (e instanceof Rollback) return { ok: false, conflicts: e.conflicts }
    throw e
  }
}

/**
 * An event the server records for a choice made outside the app (§3.4(a), (b), (d), (e), §10).
 * Its time is now, or just after the latest event of that purpose when a phone whose clock runs
 * ahead (up to MAX_CLOCK_SKEW_MS is accepted) dated a grant later: the latest time decides, and
 * a reply "TD" must not lose to a grant the member gave before it.
 */
export function serverEvent(
  ctx: Ctx,
  purposeId: string,
  action: ConsentAction,
  source: ConsentSource,
  known: readonly ConsentEvent[] = [],
): ConsentEvent {
  return {
    eventId: `srv-${ctx.ids()}`,
    purposeId,
    action,
    policyVersion: policyVersionIn(ctx.ledger),
    at: nextEventTime(known, purposeId, ctx.clock()),
    source,
    deviceId: `server:${source}`,
    actor: 'user',
    bulk: false,
  }
}

/** Withdraws each purpose that is not already withdrawn; answers the ids it withdrew. */
export function withdrawPurposes(
  ctx: Ctx,
  user: UserRow,
  purposeIds: readonly string[],
  source: ConsentSource,
) {
  const state = deriveFor(ctx.ledger, user, ctx.clock())
  const todo = purposeIds.filter((id) => state[id]?.status !== 'withdrawn')
  const known = ctx.ledger.entries(user.id).map(toEvent)
  const r = appendEvents(
    ctx,
    user,
    todo.map((id) => serverEvent(ctx, id, 'withdraw', source, known)),
  )
  return { withdrawn: todo, deleted: r.ok ? r.deleted : [] }
}
