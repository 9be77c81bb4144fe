/**
 * Appending to the ledger and honouring withdrawals in one transaction: the events are stored
 * (idempotently, hash-chained) and the data that only a withdrawn consent allowed is deleted
 * (§8.2, §10.1(d)), so the answer can say what was deleted.
 */
import type { DeletedData } from '../../../src/contract/consents'
import type { ConsentAction, ConsentEvent, ConsentSource } from '../../../src/domain/consent-event'
import { purposeCatalogue, type WithdrawalDeletedCategoryId } from '../../../src/catalogue/purposes'
import type { ConsentState } from '../../../src/domain/ledger'
import { nextEventTime } from '../../../src/domain/consent-rules'
import { toEvent, type AppendOutcome } from '../db/ledger'
import type { UserRow } from '../db/users'
import type { Ctx } from './context'
import { deriveFor, policyVersionIn, purposeOf } from './consent-state'

/** Deletes one data category of a user; answers how many records it changed. */
type Deleter = (ctx: Ctx, userId: string) => number

/**
 * §3.4, §10.1(c): for every data category a withdrawal deletes (the catalogue's
 * deletesOnWithdrawal), how this backend deletes it, or 'none-stored' when it never stores that
 * category (counted 0). Keyed by WithdrawalDeletedCategoryId: a category without an entry, or
 * an entry no purpose deletes, is a compile error, not a silent "0 deleted".
 */
export const withdrawalDeleters: Readonly<
  Record<WithdrawalDeletedCategoryId, Deleter | 'none-stored'>
> = {
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
  // The users table has no name or gender column (db/migrations.ts).
  name: 'none-stored',
  gender: 'none-stored',
  // §2.2(b)(i): a location is used on the spot to order the stores, never sent or kept.
  'precise-location': 'none-stored',
  // Personalisation, office access, in-property tracking and cookies run on no data here.
  'interest-tags': 'none-stored',
  'face-image': 'none-stored',
  'in-property-movements': 'none-stored',
  'preference-cookies': 'none-stored',
  // §12.2: the guardian's consent and phone are consent events, kept append-only as proof
  // (§1.5) until erasure (§10.1(c)); no other record of a minor is stored.
  'minor-info': 'none-stored',
  'guardian-details': 'none-stored',
}

export function deleteForWithdrawals(
  ctx: Ctx,
  userId: string,
  before: ConsentState,
  after: ConsentState,
): DeletedData[] {
  const deleted: DeletedData[] = []
  for (const p of purposeCatalogue) {
    if (after[p.id]?.status !== 'withdrawn' || before[p.id]?.status === 'withdrawn') continue
    for (const category of p.deletesOnWithdrawal) {
      const del = withdrawalDeleters[category]
      deleted.push({
        purposeId: p.id,
        category,
        count: del === 'none-stored' ? 0 : del(ctx, userId),
      })
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
