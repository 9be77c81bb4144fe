/**
 * §10.1(a) export and §10.1(c) / §8.1 erasure of everything held about a member. Erasure keeps
 * only the minimal proof that it was done (erasure_proofs), never the personal data.
 */
import type { Bilingual } from '../../../src/catalogue/types'
import type { RequestDataCategory } from '../../../src/catalogue/rights'
import type { UserRow } from '../db/users'
import type { Ctx } from './context'
import { deriveFor, toDtos } from './consent-state'
import { RIGHTS_SELECT, rightsRequestDtoOf, type RightsRow } from './rights-rows'

export function profileOf(u: UserRow) {
  return {
    userId: u.id,
    ...(u.nickname ? { nickname: u.nickname } : {}),
    ...(u.phone ? { phone: u.phone } : {}),
    ...(u.email ? { email: u.email } : {}),
    ...(u.birth_date ? { birthDate: u.birth_date } : {}),
    createdAt: u.created_at,
  }
}

export function pointsOf(ctx: Ctx, userId: string) {
  const history = ctx.db
    .prepare<[string], { delta: number; reason: string; ref: string; at: number }>(
      'SELECT delta, reason, ref, at FROM points_ledger WHERE user_id = ? ORDER BY id',
    )
    .all(userId)
  return { balance: history.reduce((s, h) => s + h.delta, 0), history }
}

export interface ReceiptRow {
  id: string
  user_id: string
  store_name: string
  amount_fen: number
  purchased_at: number
  points: number
  mime_type: string | null
  size_bytes: number | null
  created_at: number
  status: 'pending' | 'approved' | 'rejected'
  upload_key: string | null
  content_hash: string | null
  reviewed_at: number | null
  review_reason: string | null
}

export const receiptDtoOf = (r: ReceiptRow) => ({
  id: r.id,
  storeName: r.store_name,
  amountFen: r.amount_fen,
  purchasedAt: r.purchased_at,
  status: r.status,
  points: r.points,
  // §2.1(c): points count only once the mall approved the receipt.
  pointsAwarded: r.status === 'approved' ? r.points : 0,
  ...(r.upload_key ? { uploadKey: r.upload_key } : {}),
  ...(r.reviewed_at !== null ? { reviewedAt: r.reviewed_at } : {}),
  ...(r.review_reason ? { reviewReason: JSON.parse(r.review_reason) as Bilingual } : {}),
  hasImage: r.mime_type !== null,
  ...(r.mime_type ? { mimeType: r.mime_type } : {}),
  ...(r.size_bytes !== null ? { sizeBytes: r.size_bytes } : {}),
  createdAt: r.created_at,
})

export const RECEIPT_COLUMNS =
  'id, user_id, store_name, amount_fen, purchased_at, points, mime_type, size_bytes, created_at, status, upload_key, content_hash, reviewed_at, review_reason'

export function receiptsOf(ctx: Ctx, userId: string): ReceiptRow[] {
  return ctx.db
    .prepare<[string], ReceiptRow>(
      `SELECT ${RECEIPT_COLUMNS} FROM receipts WHERE user_id = ? ORDER BY created_at, rowid`,
    )
    .all(userId)
}

export function receiptById(ctx: Ctx, userId: string, id: string): ReceiptRow | undefined {
  return ctx.db
    .prepare<[string, string], ReceiptRow>(
      `SELECT ${RECEIPT_COLUMNS} FROM receipts WHERE id = ? AND user_id = ?`,
    )
    .get(id, userId)
}

export function platesOf(ctx: Ctx, userId: string) {
  return ctx.db
    .prepare<[string], { id: string; plate: string; kind: string; created_at: number }>(
      'SELECT id, plate, kind, created_at FROM plates WHERE user_id = ? ORDER BY created_at, rowid',
    )
    .all(userId)
    .map((p) => ({ id: p.id, plate: p.plate, kind: p.kind, createdAt: p.created_at }))
}

export function exportOf(ctx: Ctx, u: UserRow) {
  const now = ctx.clock()
  const requests = ctx.db
    // §10.1(a): with the photos each request carries listed (kind, type, size, when), as the
    // member's own request detail shows them; the bytes stay out of the JSON copy.
    .prepare<[string], RightsRow>(
      `${RIGHTS_SELECT} WHERE user_id = ? ORDER BY submitted_at, rights_requests.rowid`,
    )
    .all(u.id)
  return {
    exportedAt: now,
    profile: profileOf(u),
    consents: toDtos(deriveFor(ctx.ledger, u, now)),
    ledger: ctx.ledger.entries(u.id),
    rightsRequests: requests.map(rightsRequestDtoOf),
    plates: platesOf(ctx, u.id),
    receipts: receiptsOf(ctx, u.id).map(receiptDtoOf),
    points: pointsOf(ctx, u.id),
  }
}

/** Deletes selected categories (a partial §10.1(c) request); answers counts per category. */
export function deleteCategories(
  ctx: Ctx,
  userId: string,
  categories: readonly RequestDataCategory[],
): Record<string, number> {
  const db = ctx.db
  const out: Record<string, number> = {}
  for (const c of categories) {
    if (c === 'licence-plates')
      out[c] = db.prepare('DELETE FROM plates WHERE user_id = ?').run(userId).changes
    else if (c === 'receipts') {
      out[c] = db.prepare('DELETE FROM receipts WHERE user_id = ?').run(userId).changes
      // §3.5: the notices about those receipts (store, amount) and the subscriptions for them.
      for (const table of ['service_notices', 'service_notice_subscriptions'])
        db.prepare(`DELETE FROM ${table} WHERE user_id = ? AND subject_kind = 'receipt'`).run(
          userId,
        )
    } else if (c === 'profile')
      out[c] = db
        .prepare(
          'UPDATE users SET nickname = NULL, email = NULL, pending_phone = NULL, birth_date = NULL WHERE id = ?',
        )
        .run(userId).changes
    else out[c] = 0 // consents, rights requests and points are records of transactions: kept until erasure
  }
  return out
}

/**
 * Erases a member: personal data, sessions, ledger and member data go; one erasure_proofs row
 * (ids, time, reason, ledger count and head hash) stays as the minimal proof. The openid is
 * cleared, so the same WeChat user would start afresh.
 */
export function eraseUser(
  ctx: Pick<Ctx, 'db' | 'clock' | 'ledger'>,
  userId: string,
  reason: 'rights-request' | 'retention',
  requestId?: string,
) {
  const db = ctx.db
  const now = ctx.clock()
  return db.transaction(() => {
    const head = ctx.ledger.headOf(userId)
    ctx.ledger.forget(userId)
    // Marked erased first: the ledger's delete trigger allows deletes only for erased members.
    db.prepare(
      `UPDATE users SET openid = NULL, nickname = NULL, phone = NULL, pending_phone = NULL, email = NULL, birth_date = NULL,
       last_transaction_at = NULL, erased_at = ? WHERE id = ?`,
    ).run(now, userId)
    const counts = {
      ledger: db.prepare('DELETE FROM consent_events WHERE user_id = ?').run(userId).changes,
      plates: db.prepare('DELETE FROM plates WHERE user_id = ?').run(userId).changes,
      receipts: db.prepare('DELETE FROM receipts WHERE user_id = ?').run(userId).changes,
      points: db.prepare('DELETE FROM points_ledger WHERE user_id = ?').run(userId).changes,
      redemptions: db.prepare('DELETE FROM redemptions WHERE user_id = ?').run(userId).changes,
      sessions: db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId).changes,
      verifications: db.prepare('DELETE FROM verifications WHERE user_id = ?').run(userId).changes,
      serviceNotices:
        db.prepare('DELETE FROM service_notices WHERE user_id = ?').run(userId).changes +
        db.prepare('DELETE FROM service_notice_subscriptions WHERE user_id = ?').run(userId)
          .changes,
      rightsRequests: db
        .prepare('DELETE FROM rights_requests WHERE user_id = ? AND id IS NOT ?')
        .run(userId, requestId ?? null).changes,
    }
    const proof = {
      userId,
      erasedAt: now,
      reason,
      ...(requestId ? { requestId } : {}),
      ledgerEntries: head.seq,
      ledgerHeadHash: head.hash,
      deleted: counts,
    }
    db.prepare(
      `INSERT OR REPLACE INTO erasure_proofs (user_id, erased_at, reason, request_id, ledger_entries, ledger_head_hash, categories_json)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(userId, now, reason, requestId ?? null, head.seq, head.hash, JSON.stringify(counts))
    return proof
  })()
}
