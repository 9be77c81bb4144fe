/**
 * Member data behind consent gates: profile, licence plates (licence-plates consent, §7.3),
 * receipt photos for points (receipt-photos consent), points and redemption, export (§10.1(a)).
 */
import type { FastifyInstance } from 'fastify'
import { RECEIPT_MAX_BYTES } from '../../../src/contract/member'
import { rewards } from '../../../src/catalogue/rewards'
import { routes } from '../../../src/contract/routes'
import { isValidIsoDate } from '../../../src/domain/minors'
import { beijingDate } from '../../../src/domain/working-days'
import { validateEmail } from '../../../src/domain/validators/email'
import { validatePhone } from '../../../src/domain/validators/phone'
import { classifyPlate, maskPlate, validatePlate } from '../../../src/domain/validators/plate'
import { getUser, touchTransaction, type UserRow } from '../db/users'
import { deriveFor, isGranted } from '../lib/consent-state'
import type { Ctx } from '../lib/context'
import { errors, validatorError } from '../lib/errors'
import { fail, ok, register, type Outcome } from '../lib/http'
import {
  exportOf,
  platesOf,
  pointsOf,
  profileOf,
  receiptById,
  receiptDtoOf,
  receiptsOf,
} from '../lib/member-data'

const PLATES_PURPOSE = 'licence-plates'
const RECEIPTS_PURPOSE = 'receipt-photos'
const MAX_PLATES = 5

const MAGIC: Readonly<Record<string, (b: Buffer) => boolean>> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) =>
    b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' &&
    b.subarray(8, 12).toString('latin1') === 'WEBP',
}

/** 403 naming the missing purpose when its consent is not granted now. */
function gate(ctx: Ctx, u: UserRow, purposeId: string): Outcome | undefined {
  return isGranted(deriveFor(ctx.ledger, u, ctx.clock()), purposeId)
    ? undefined
    : fail(errors.consentRequired(purposeId))
}

export function registerMemberRoutes(app: FastifyInstance, ctx: Ctx): void {
  const { db } = ctx
  const me = (user: { id: string } | undefined) => (user ? getUser(db, user.id) : undefined)

  register(app, ctx, routes.getProfile, ({ user }) => {
    const u = me(user)
    return u ? ok(profileOf(u)) : fail(errors.unauthorised())
  })

  register(app, ctx, routes.updateProfile, ({ user, body }) => {
    const u = me(user)
    if (!u) return fail(errors.unauthorised())
    const next = { nickname: u.nickname, phone: u.phone, email: u.email, birth_date: u.birth_date }
    if (body.nickname !== undefined) next.nickname = body.nickname
    if (body.phone !== undefined) {
      if (body.phone === null) next.phone = null
      else {
        const p = validatePhone(body.phone)
        if (!p.ok) return fail(validatorError(p.code))
        next.phone = p.value
      }
    }
    if (body.email !== undefined) {
      if (body.email === null) next.email = null
      else {
        const e = validateEmail(body.email)
        if (!e.ok) return fail(validatorError(e.code))
        next.email = e.value
      }
    }
    if (body.birthDate !== undefined) {
      const d = body.birthDate
      if (d !== null && (!isValidIsoDate(d) || d < '1900-01-01' || d > beijingDate(ctx.clock()))) {
        return fail(
          errors.bad('bad-birth-date', '出生日期无效。', 'The date of birth is not valid.'),
        )
      }
      next.birth_date = d
    }
    db.prepare(
      'UPDATE users SET nickname = ?, phone = ?, email = ?, birth_date = ? WHERE id = ?',
    ).run(next.nickname, next.phone, next.email, next.birth_date, u.id)
    return ok(profileOf(getUser(db, u.id) as UserRow))
  })

  register(app, ctx, routes.exportMe, ({ user }) => {
    const u = me(user)
    return u ? ok(exportOf(ctx, u)) : fail(errors.unauthorised())
  })

  register(app, ctx, routes.listPlates, ({ user }) =>
    user ? ok({ plates: platesOf(ctx, user.id) }) : fail(errors.unauthorised()),
  )

  register(app, ctx, routes.addPlate, ({ user, body }) => {
    const u = me(user)
    if (!u) return fail(errors.unauthorised())
    const blocked = gate(ctx, u, PLATES_PURPOSE)
    if (blocked) return blocked
    const p = validatePlate(body.plate)
    if (!p.ok) return fail(validatorError(p.code))
    const existing = platesOf(ctx, u.id)
    const same = existing.find((x) => x.plate === p.value)
    if (same) return ok(same, 200)
    if (existing.length >= MAX_PLATES) {
      return fail(
        errors.conflict(
          'too-many-plates',
          `最多可绑定 ${MAX_PLATES} 个车牌。`,
          `At most ${MAX_PLATES} plates.`,
        ),
      )
    }
    const row = {
      id: ctx.ids(),
      plate: p.value,
      kind: classifyPlate(p.value) ?? 'regular',
      createdAt: ctx.clock(),
    }
    db.prepare(
      'INSERT INTO plates (id, user_id, plate, kind, created_at) VALUES (?, ?, ?, ?, ?)',
    ).run(row.id, u.id, row.plate, row.kind, row.createdAt)
    ctx.log.info({ plate: maskPlate(row.plate) }, 'plate added')
    return ok(row, 201)
  })

  register(app, ctx, routes.deletePlate, ({ user, params }) => {
    if (!user) return fail(errors.unauthorised())
    const r = db.prepare('DELETE FROM plates WHERE id = ? AND user_id = ?').run(params.id, user.id)
    return r.changes ? ok({ ok: true }) : fail(errors.notFound())
  })

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
      const u = me(user)
      if (!u) return fail(errors.unauthorised())
      const blocked = gate(ctx, u, RECEIPTS_PURPOSE)
      if (blocked) return blocked
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body.imageBase64)) {
        return fail(
          errors.bad(
            'bad-image-encoding',
            '图片数据不是有效的 base64。',
            'The image is not valid base64.',
          ),
        )
      }
      const bytes = Buffer.from(body.imageBase64, 'base64')
      if (bytes.length > RECEIPT_MAX_BYTES) {
        return fail({ ...errors.tooLarge(), details: { maxBytes: RECEIPT_MAX_BYTES } })
      }
      if (!MAGIC[body.mimeType]?.(bytes)) {
        return fail({
          ...errors.unsupportedMedia(),
          code: 'image-type-mismatch',
          message: {
            'zh-CN': '图片内容与声明的类型不符（仅支持 JPEG、PNG、WebP）。',
            en: 'The image does not match its type (JPEG, PNG or WebP only).',
          },
        })
      }
      const now = ctx.clock()
      const id = ctx.ids()
      const points = Math.floor(body.amountFen / 100)
      db.transaction(() => {
        db.prepare(
          `INSERT INTO receipts (id, user_id, store_name, amount_fen, purchased_at, points, mime_type, size_bytes, image, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          id,
          u.id,
          body.storeName,
          body.amountFen,
          body.purchasedAt,
          points,
          body.mimeType,
          bytes.length,
          bytes,
          now,
        )
        db.prepare(
          'INSERT INTO points_ledger (user_id, delta, reason, ref, at) VALUES (?, ?, ?, ?, ?)',
        ).run(u.id, points, 'receipt', id, now)
        touchTransaction(db, u.id, now)
      })()
      return ok(receiptDtoOf(receiptById(ctx, u.id, id)!), 201)
    },
    { bodyLimit: Math.ceil((RECEIPT_MAX_BYTES * 4) / 3) + 16 * 1024 },
  )

  register(app, ctx, routes.getPoints, ({ user }) =>
    user ? ok(pointsOf(ctx, user.id)) : fail(errors.unauthorised()),
  )

  register(app, ctx, routes.redeemPoints, ({ user, body }) => {
    if (!user) return fail(errors.unauthorised())
    return db.transaction(() => {
      const prior = db
        .prepare<
          [string],
          { user_id: string; reward_id: string; points: number; balance_after: number; at: number }
        >('SELECT * FROM redemptions WHERE redemption_id = ?')
        .get(body.redemptionId)
      if (prior) {
        // Idempotent: the same redemption again answers the same; other content is a conflict.
        if (
          prior.user_id !== user.id ||
          prior.reward_id !== body.rewardId ||
          prior.points !== body.points
        ) {
          return fail(
            errors.conflict(
              'redemption-id-conflict',
              '兑换编号已被用于不同的内容。',
              'This redemption id was already used with different content.',
            ),
          )
        }
        return ok({
          redemptionId: body.redemptionId,
          rewardId: prior.reward_id,
          points: prior.points,
          balance: prior.balance_after,
          at: prior.at,
        })
      }
      // The price of a reward is the catalogue's, never the client's. Paying a parking fee
      // ("parking…") has no price list here: the car park is a mock on every platform.
      const reward = rewards.find((r) => r.id === body.rewardId)
      if (reward && reward.points !== body.points) {
        return fail(
          errors.bad(
            'reward-price-mismatch',
            `该礼品需要 ${reward.points} 积分。`,
            `This reward costs ${reward.points} points.`,
            { points: reward.points },
          ),
        )
      }
      if (!reward && !body.rewardId.startsWith('parking')) {
        return fail(errors.bad('unknown-reward', '没有这个礼品。', 'Unknown reward.'))
      }
      const balance = pointsOf(ctx, user.id).balance
      if (balance < body.points) {
        return fail(
          errors.conflict('insufficient-points', '积分不足。', 'Not enough points.', { balance }),
        )
      }
      const now = ctx.clock()
      db.prepare(
        'INSERT INTO points_ledger (user_id, delta, reason, ref, at) VALUES (?, ?, ?, ?, ?)',
      ).run(user.id, -body.points, 'redemption', body.redemptionId, now)
      db.prepare(
        'INSERT INTO redemptions (redemption_id, user_id, reward_id, points, balance_after, at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(body.redemptionId, user.id, body.rewardId, body.points, balance - body.points, now)
      touchTransaction(db, user.id, now)
      return ok({
        redemptionId: body.redemptionId,
        rewardId: body.rewardId,
        points: body.points,
        balance: balance - body.points,
        at: now,
      })
    })()
  })
}
