/**
 * Member data behind consent gates: profile, licence plates (licence-plates consent, §7.3),
 * receipt photos for points (receipt-photos consent), points and redemption, export (§10.1(a)).
 */
import type { FastifyInstance } from 'fastify'
import { rewards } from '../../../src/catalogue/rewards'
import { routes } from '../../../src/contract/routes'
import { isValidIsoDate } from '../../../src/domain/minors'
import { beijingDate } from '../../../src/domain/working-days'
import { validateEmail } from '../../../src/domain/validators/email'
import { validatePhone } from '../../../src/domain/validators/phone'
import { classifyPlate, maskPlate, validatePlate } from '../../../src/domain/validators/plate'
import { getUser, touchTransaction, type UserRow } from '../db/users'
import { gate, guardianGate } from '../lib/member-gates'
import { sha256 } from '../lib/crypto'
import type { Ctx } from '../lib/context'
import { errors, validatorError } from '../lib/errors'
import { fail, ok, register } from '../lib/http'
import { exportOf, platesOf, pointsOf, profileOf } from '../lib/member-data'
import { registerReceiptRoutes } from './member-receipts'

const PLATES_PURPOSE = 'licence-plates'
/** §2.1(b), §3.1(k): name, gender and email are optional, given with this consent only. */
const PROFILE_PURPOSE = 'member-profile'
const MAX_PLATES = 5
/**
 * The mock of phonenumber.getPhoneNumber: `mockphone:<number>[:<nonce>]` stands for a number
 * WeChat verified, as `mock:<userKey>:...` stands for a wx.login code (routes/auth.ts). Like
 * WeChat's code it works once. A real WeChat code needs the app secret: refused here.
 */
const PHONE_CODE = /^mockphone:(\d{11})(?::[A-Za-z0-9_-]{1,64})?$/

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
    const next = {
      nickname: u.nickname,
      phone: u.phone,
      pending_phone: u.pending_phone,
      email: u.email,
      birth_date: u.birth_date,
    }
    if (body.nickname !== undefined) next.nickname = body.nickname
    if (body.phone !== undefined) {
      // §3.1(b): a typed number is never taken as the member's phone. It waits for the SMS
      // code sent to it (verification.ts); null unbinds the member's phone.
      if (body.phone === null) {
        next.phone = null
        next.pending_phone = null
      } else {
        const p = validatePhone(body.phone)
        if (!p.ok) return fail(validatorError(p.code))
        // §1.6, §12.2: a child's number waits for the guardian's consent, as bindPhone does.
        const blocked = guardianGate(ctx, u)
        if (blocked) return blocked
        next.pending_phone = p.value === u.phone ? null : p.value
      }
    }
    if (body.email !== undefined) {
      if (body.email === null) next.email = null
      else {
        const e = validateEmail(body.email)
        if (!e.ok) return fail(validatorError(e.code))
        // Unknown means not granted: without the member-profile consent no email is kept
        // (withdrawing it deletes the email, consent-writes.ts). Clearing it needs nothing.
        const blocked = gate(ctx, u, PROFILE_PURPOSE)
        if (blocked) return blocked
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
      'UPDATE users SET nickname = ?, phone = ?, pending_phone = ?, email = ?, birth_date = ? WHERE id = ?',
    ).run(next.nickname, next.phone, next.pending_phone, next.email, next.birth_date, u.id)
    return ok(profileOf(getUser(db, u.id) as UserRow))
  })

  register(app, ctx, routes.bindPhone, ({ user, body }) => {
    const u = me(user)
    if (!u) return fail(errors.unauthorised())
    const blocked = guardianGate(ctx, u)
    if (blocked) return blocked
    const badCode = errors.bad(
      'invalid-phone-code',
      '手机号授权凭证无效或已使用，请重新授权。',
      'The phone number code is invalid or already used; please try again.',
    )
    const m = PHONE_CODE.exec(body.code)
    if (!m) return fail(badCode)
    const p = validatePhone(m[1] ?? '')
    if (!p.ok) return fail(validatorError(p.code))
    return db.transaction(() => {
      // Once per code, for good: phone codes carry no time (login codes' table is pruned).
      const used = db
        .prepare('INSERT OR IGNORE INTO phone_codes (code_hash, used_at) VALUES (?, ?)')
        .run(sha256(`phone:${body.code}`), ctx.clock())
      if (used.changes === 0) return fail(badCode)
      db.prepare('UPDATE users SET phone = ?, pending_phone = NULL WHERE id = ?').run(p.value, u.id)
      ctx.log.info({ phoneBound: true }, 'phone bound from a verified code')
      return ok(profileOf(getUser(db, u.id) as UserRow))
    })()
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

  registerReceiptRoutes(app, ctx)

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
