/**
 * §8.1: personal information is kept at most six years from the last transaction (or the last
 * performance of services); after that the member is erased, keeping only the minimal proof.
 * The clock is injected so tests can jump six years.
 */
import { createLedgerStore } from '../db/ledger'
import type { Db } from '../db/open'
import { eraseUser } from '../lib/member-data'

export const RETENTION_YEARS = 6

/** The instant six calendar years before `now` (UTC calendar arithmetic; leap days clamp). */
export function retentionCutoff(now: number, years = RETENTION_YEARS): number {
  const d = new Date(now)
  const target = new Date(
    Date.UTC(
      d.getUTCFullYear() - years,
      d.getUTCMonth(),
      1,
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      d.getUTCMilliseconds(),
    ),
  )
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate()
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay))
  return target.getTime()
}

export interface RetentionReport {
  readonly cutoff: number
  readonly erased: readonly string[]
  /** Members past retention whose open rights request must be answered first. */
  readonly heldForOpenRequest: readonly string[]
}

export function runRetention(
  db: Db,
  clock: () => number,
  opts: { dryRun?: boolean } = {},
): RetentionReport {
  const now = clock()
  const cutoff = retentionCutoff(now)
  const due = db
    .prepare<[number], { id: string }>(
      `SELECT id FROM users WHERE erased_at IS NULL AND COALESCE(last_transaction_at, created_at) < ? ORDER BY rowid`,
    )
    .all(cutoff)
    .map((r) => r.id)
  const open = new Set(
    db
      .prepare<[], { user_id: string }>(
        `SELECT DISTINCT user_id FROM rights_requests WHERE status IN ('submitted', 'verified', 'in-progress')`,
      )
      .all()
      .map((r) => r.user_id),
  )
  const held = due.filter((id) => open.has(id))
  const erase = due.filter((id) => !open.has(id))
  if (!opts.dryRun) {
    const ctx = { db, clock, ledger: createLedgerStore(db) }
    for (const id of erase) eraseUser(ctx, id, 'retention')
  }
  return { cutoff, erased: erase, heldForOpenRequest: held }
}
