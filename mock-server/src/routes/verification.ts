/**
 * §10.3: identity verification before a rights request is acted on. A 6-digit code goes to the
 * member's phone (the mock "sends" it by writing it to the server log, phone masked); codes
 * expire after 5 minutes, allow 5 attempts, and a success yields a single-use token.
 */
import type { FastifyInstance } from 'fastify'
import { randomInt } from 'node:crypto'
import { routes } from '../../../src/contract/routes'
import type { SmsCodePurpose } from '../../../src/contract/verification'
import { maskPhone } from '../../../src/domain/validators/phone'
import { getUser } from '../db/users'
import type { Ctx } from '../lib/context'
import { randomToken, safeEqual, sha256 } from '../lib/crypto'
import { apiError, errors } from '../lib/errors'
import { fail, ok, register } from '../lib/http'

export const CODE_TTL_MS = 5 * 60 * 1000
export const MAX_ATTEMPTS = 5
export const TOKEN_TTL_MS = 15 * 60 * 1000

interface VerificationRow {
  id: string
  user_id: string
  code_hash: string
  expires_at: number
  attempts: number
  verified_at: number | null
  phone: string | null
  /** What the code may prove (SmsCodePurpose); NULL for codes sent before purposes were kept. */
  purpose: SmsCodePurpose | null
}

const resendTooSoon = (seconds: number) =>
  apiError(
    429,
    'resend-too-soon',
    `验证码已发送，请 ${seconds} 秒后再重新获取。`,
    `A code was just sent; you can ask for another in ${seconds} s.`,
    { retryAfterSeconds: seconds },
  )

export function registerVerificationRoutes(app: FastifyInstance, ctx: Ctx): void {
  const { db } = ctx
  register(app, ctx, routes.sendSmsCode, ({ user, body }) => {
    const u = user && getUser(db, user.id)
    if (!u) return fail(errors.unauthorised())
    const purpose: SmsCodePurpose = body.purpose ?? 'rights-request'
    // §10.3: identity goes to the verified phone on file, never to a number just typed (whoever
    // holds the session could type their own); only a member without one verifies the typed
    // number this way. §3.1(b): 'phone' verifies the typed number, and proves nothing else.
    // §1.6, §12.2: the guardian's code goes to the guardian's phone, never stored as the member's.
    const to =
      purpose === 'guardian'
        ? body.phone
        : purpose === 'phone'
          ? u.pending_phone
          : (u.phone ?? u.pending_phone)
    if (!to) {
      return fail(
        purpose === 'phone'
          ? errors.conflict(
              'no-pending-phone',
              '请先在个人资料中填写新的手机号码。',
              'Type the new mobile number in your profile first.',
            )
          : errors.conflict(
              'no-phone-on-file',
              '请先在个人资料中绑定手机号码。',
              'Add a mobile number to your profile first.',
            ),
      )
    }
    // §10.3: one code a minute to a number, the same countdown the app shows.
    const cooldown = ctx.limiter(`sms-resend:${u.id}:${to}`, ctx.rateLimits.smsResend)
    if (cooldown > 0) return fail(resendTooSoon(Math.ceil(cooldown / 1000)))
    const wait = ctx.limiter(`sms-send:${u.id}`, ctx.rateLimits.smsSend)
    if (wait > 0) return fail(errors.rateLimited(Math.ceil(wait / 1000)))
    const now = ctx.clock()
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
    const id = ctx.ids()
    db.prepare(
      'INSERT INTO verifications (id, user_id, code_hash, created_at, expires_at, phone, purpose) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(id, u.id, sha256(`${id}:${code}`), now, now + CODE_TTL_MS, to, purpose)
    // The mock SMS gateway: the code goes to the log, the phone is masked.
    ctx.log.info(
      { sms: { to: maskPhone(to), verificationId: id, smsCode: code } },
      `mock SMS to ${maskPhone(to)}: verification code ${code}`,
    )
    return ok({ verificationId: id, maskedPhone: maskPhone(to), expiresAt: now + CODE_TTL_MS })
  })

  register(app, ctx, routes.verifySmsCode, ({ user, body }) => {
    if (!user) return fail(errors.unauthorised())
    const wait = ctx.limiter(`sms-verify:${user.id}`, ctx.rateLimits.smsVerify)
    if (wait > 0) return fail(errors.rateLimited(Math.ceil(wait / 1000)))
    const now = ctx.clock()
    const v = db
      .prepare<[string, string], VerificationRow>(
        'SELECT * FROM verifications WHERE id = ? AND user_id = ?',
      )
      .get(body.verificationId, user.id)
    if (!v) return fail(errors.notFound())
    if (v.verified_at !== null)
      return fail(errors.bad('code-already-used', '验证码已使用。', 'This code was already used.'))
    if (v.attempts >= MAX_ATTEMPTS) {
      // Its own words: the code is spent, a new one is needed (not "too frequent, wait").
      const retry = Math.ceil(Math.max(v.expires_at - now, 1000) / 1000)
      return fail(
        apiError(
          429,
          'too-many-attempts',
          '错误次数过多，这个验证码已失效。请重新获取验证码。',
          'Too many wrong tries: this code no longer works. Please ask for a new one.',
          { retryAfterSeconds: retry },
        ),
      )
    }
    if (v.expires_at <= now)
      return fail(
        errors.bad(
          'code-expired',
          '验证码已过期，请重新获取。',
          'The code has expired; request a new one.',
        ),
      )
    db.prepare('UPDATE verifications SET attempts = attempts + 1 WHERE id = ?').run(v.id)
    if (!safeEqual(sha256(`${v.id}:${body.code}`), v.code_hash)) {
      const left = MAX_ATTEMPTS - v.attempts - 1
      return fail(
        errors.bad(
          'wrong-code',
          `验证码不正确，还可尝试 ${left} 次。`,
          `Wrong code; ${left} attempts left.`,
          { attemptsLeft: left },
        ),
      )
    }
    const token = randomToken()
    db.prepare(
      'UPDATE verifications SET verified_at = ?, token_hash = ?, token_expires_at = ? WHERE id = ?',
    ).run(now, sha256(token), now + TOKEN_TTL_MS, v.id)
    // The code reached the typed number: it is verified now, and the member's phone. Only the
    // member's own code does that: a guardian's code to the same number never makes it theirs.
    if (v.purpose === 'rights-request' || v.purpose === 'phone') {
      db.prepare(
        'UPDATE users SET phone = pending_phone, pending_phone = NULL WHERE id = ? AND pending_phone = ?',
      ).run(user.id, v.phone)
    }
    return ok({ verificationToken: token, expiresAt: now + TOKEN_TTL_MS })
  })
}

/**
 * Consumes a verification token of this user for `purpose` (single use); false when invalid,
 * spent, or earned by a code sent for another purpose (a guardian's code, to the guardian's
 * phone, never identifies the member for §10.3).
 */
export function consumeVerificationToken(
  ctx: Ctx,
  userId: string,
  token: string,
  purpose: SmsCodePurpose,
): boolean {
  const r = ctx.db
    .prepare(
      `UPDATE verifications SET token_used_at = ? WHERE token_hash = ? AND user_id = ? AND token_used_at IS NULL
       AND token_expires_at > ? AND purpose = ?`,
    )
    .run(ctx.clock(), sha256(token), userId, ctx.clock(), purpose)
  return r.changes === 1
}

/** §1.6, §12.2: a guardian's code sent to a phone with this mask was verified on this account. */
export function guardianPhoneVerified(ctx: Ctx, userId: string, masked: string): boolean {
  return ctx.db
    .prepare<[string], { phone: string }>(
      `SELECT phone FROM verifications WHERE user_id = ? AND verified_at IS NOT NULL
       AND phone IS NOT NULL AND purpose = 'guardian'`,
    )
    .all(userId)
    .some((v) => maskPhone(v.phone) === masked)
}
