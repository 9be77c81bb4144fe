/**
 * Points from receipts (§2.1(c)), behind the receipt-photos consent: an upload is idempotent
 * by the app's key (one per chosen photo), lands as `pending`, and its points are credited only
 * when the mall approves it. The mock has no automatic review: the admin routes approve or
 * reject (a person at the service desk does this in the real CRM), so tests and journeys
 * decide when a receipt is reviewed.
 */
import type { FastifyInstance } from 'fastify'
import type { Bilingual } from '../../../src/catalogue/types'
import { RECEIPT_MAX_BYTES } from '../../../src/contract/member'
import { routes } from '../../../src/contract/routes'
import { receiptReviewNotice } from '../../../src/domain/service-notices'
import { getUser, touchTransaction } from '../db/users'
import type { Ctx } from '../lib/context'
import { sha256 } from '../lib/crypto'
import { errors } from '../lib/errors'
import { fail, ok, register } from '../lib/http'
import {
  RECEIPT_COLUMNS,
  receiptById,
  receiptDtoOf,
  receiptsOf,
  type ReceiptRow,
} from '../lib/member-data'
import { checkImage } from '../lib/images'
import { gate, guardianGate } from '../lib/member-gates'
import { recordServiceNotice } from '../lib/service-notices'

const RECEIPTS_PURPOSE = 'receipt-photos'

const DEFAULT_REJECTION = {
  'zh-CN': '小票无法核实，请联系服务台。',
  en: 'The receipt could not be verified; please ask at the service desk.',
}

const adminDtoOf = (r: ReceiptRow) => ({ ...receiptDtoOf(r), userId: r.user_id })

export function registerReceiptRoutes(app: FastifyInstance, ctx: Ctx): void {
  const { db } = ctx

  register(app, ctx, routes.listReceipts, ({ user }) =>
    user
      ? ok({ receipts: receiptsOf(ctx, user.id).map(receiptDtoOf) })
      : fail(errors.unauthorised()),
  )

  register(app, ctx, routes.getReceipt, ({ user, params }) => {
    const r = user && receiptById(ctx, user.id, params.id)
    return r ? ok(receiptDtoOf(r)) : fail(errors.notFound())
  })

  register(
    app,
    ctx,
    routes.uploadReceipt,
    ({ user, body }) => {
      const u = user && getUser(db, user.id)
      if (!u) return fail(errors.unauthorised())
      const blocked = guardianGate(ctx, u) ?? gate(ctx, u, RECEIPTS_PURPOSE)
      if (blocked) return blocked
      const image = checkImage(body.mimeType, body.imageBase64, RECEIPT_MAX_BYTES)
      if (!('bytes' in image)) return fail(image)
      const { bytes } = image
      const hash = sha256(
        JSON.stringify([body.mimeType, body.storeName, body.amountFen, body.purchasedAt]) +
          sha256(bytes.toString('base64')),
      )
      return db.transaction(() => {
        const prior = db
          .prepare<[string, string], ReceiptRow>(
            `SELECT ${RECEIPT_COLUMNS} FROM receipts WHERE user_id = ? AND upload_key = ?`,
          )
          .get(u.id, body.uploadKey)
        if (prior) {
          // The same upload again (a retry after a lost answer, or after the app was killed)
          // answers the receipt it made; the key with other content is a mistake.
          if (prior.content_hash !== hash) {
            return fail(
              errors.conflict(
                'upload-key-conflict',
                '该上传编号已用于另一张小票。',
                'This upload key was already used for another receipt.',
              ),
            )
          }
          return ok(receiptDtoOf(prior), 200)
        }
        const now = ctx.clock()
        const id = ctx.ids()
        db.prepare(
          `INSERT INTO receipts (id, user_id, store_name, amount_fen, purchased_at, points, mime_type, size_bytes, image, created_at, status, upload_key, content_hash)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
        ).run(
          id,
          u.id,
          body.storeName,
          body.amountFen,
          body.purchasedAt,
          Math.floor(body.amountFen / 100),
          body.mimeType,
          bytes.length,
          bytes,
          now,
          body.uploadKey,
          hash,
        )
        touchTransaction(db, u.id, now)
        return ok(receiptDtoOf(receiptById(ctx, u.id, id)!), 201)
      })()
    },
    { bodyLimit: Math.ceil((RECEIPT_MAX_BYTES * 4) / 3) + 16 * 1024 },
  )

  register(app, ctx, routes.adminListReceipts, ({ query }) => {
    const rows = db
      .prepare<[string | null, string | null], ReceiptRow>(
        `SELECT ${RECEIPT_COLUMNS} FROM receipts WHERE (? IS NULL OR status = ?) ORDER BY created_at, rowid`,
      )
      .all(query.status ?? null, query.status ?? null)
    return ok({ receipts: rows.map(adminDtoOf) })
  })

  register(app, ctx, routes.adminReviewReceipt, ({ params, body }) =>
    db.transaction(() => {
      const r = db
        .prepare<[string], ReceiptRow>(`SELECT ${RECEIPT_COLUMNS} FROM receipts WHERE id = ?`)
        .get(params.id)
      if (!r || !getUser(db, r.user_id)) return fail(errors.notFound())
      const status = body.decision === 'approve' ? 'approved' : 'rejected'
      if (r.status !== 'pending') {
        // Reviewing twice the same way answers the same; the points never go twice.
        return r.status === status
          ? ok(adminDtoOf(r))
          : fail(
              errors.conflict(
                'receipt-already-reviewed',
                '该小票已审核。',
                'This receipt was already reviewed.',
              ),
            )
      }
      const now = ctx.clock()
      const reason = status === 'rejected' ? JSON.stringify(body.reason ?? DEFAULT_REJECTION) : null
      db.prepare(
        'UPDATE receipts SET status = ?, reviewed_at = ?, review_reason = ? WHERE id = ?',
      ).run(status, now, reason, r.id)
      if (status === 'approved') {
        // Points only on approval (§2.1(c)).
        db.prepare(
          'INSERT INTO points_ledger (user_id, delta, reason, ref, at) VALUES (?, ?, ?, ?, ?)',
        ).run(r.user_id, r.points, 'receipt', r.id, now)
        touchTransaction(db, r.user_id, now)
      }
      ctx.log.info({ receipt: r.id, status }, 'receipt reviewed')
      // §3.1(m), §3.5: the member's notice of the review, if they accepted one for this receipt.
      recordServiceNotice(
        ctx,
        r.user_id,
        receiptReviewNotice({
          id: r.id,
          storeName: r.store_name,
          amountFen: r.amount_fen,
          status,
          pointsAwarded: status === 'approved' ? r.points : 0,
          at: now,
          ...(reason ? { reason: JSON.parse(reason) as Bilingual } : {}),
        }),
      )
      return ok(adminDtoOf(receiptById(ctx, r.user_id, r.id)!))
    })(),
  )
}
