/**
 * POST /v1/auth/login: a mock of WeChat's code2Session. The code `mock:<userKey>:<issuedAtMs>[-x]`
 * maps to a stable openid; it works once and expires 5 minutes after issue, like wx.login's.
 * The client gets only the service's own opaque session token: never openid or session_key.
 */
import type { FastifyInstance } from 'fastify'
import { routes } from '../../../src/contract/routes'
import type { Ctx } from '../lib/context'
import { randomToken, sha256 } from '../lib/crypto'
import { errors } from '../lib/errors'
import { fail, ok, register } from '../lib/http'

export const LOGIN_CODE_TTL_MS = 5 * 60 * 1000
const CODE = /^mock:([A-Za-z0-9_-]{1,64}):(\d{10,16})(?:-[A-Za-z0-9_-]{0,64})?$/

const badCode = () =>
  errors.bad(
    'invalid-login-code',
    '登录凭证无效或已过期，请重新登录。',
    'The login code is invalid or expired; please log in again.',
  )

/** A stable, app-scoped openid for a mock user key (what code2Session would return). */
export const mockOpenid = (userKey: string): string =>
  `o${sha256(`indigo-mock-appid:${userKey}`).slice(0, 27)}`

export function registerAuthRoutes(app: FastifyInstance, ctx: Ctx): void {
  const { db } = ctx
  register(app, ctx, routes.login, ({ body, req }) => {
    const wait = ctx.limiter(`login:${req.ip}`, ctx.rateLimits.login)
    if (wait > 0) return fail(errors.rateLimited(Math.ceil(wait / 1000)))
    const m = CODE.exec(body.code)
    const now = ctx.clock()
    if (!m) return fail(badCode())
    const issuedAt = Number(m[2])
    if (issuedAt > now + 60_000 || now - issuedAt > LOGIN_CODE_TTL_MS) return fail(badCode())
    const openid = mockOpenid(m[1] ?? '')
    const codeHash = sha256(body.code)
    return db.transaction(() => {
      // A code works once.
      const used = db
        .prepare('INSERT OR IGNORE INTO login_codes (code_hash, used_at) VALUES (?, ?)')
        .run(codeHash, now)
      if (used.changes === 0) return fail(badCode())
      let user = db
        .prepare<[string], { id: string }>('SELECT id FROM users WHERE openid = ?')
        .get(openid)
      const isNewUser = !user
      if (!user) {
        user = { id: ctx.ids() }
        db.prepare('INSERT INTO users (id, openid, created_at) VALUES (?, ?, ?)').run(
          user.id,
          openid,
          now,
        )
      }
      const token = randomToken()
      const expiresAt = now + ctx.sessionTtlMs
      db.prepare(
        'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      ).run(sha256(token), user.id, now, expiresAt)
      // Housekeeping: spent codes older than their lifetime can go.
      db.prepare('DELETE FROM login_codes WHERE used_at < ?').run(now - 2 * LOGIN_CODE_TTL_MS)
      return ok({ token, expiresAt, userId: user.id, isNewUser })
    })()
  })

  register(app, ctx, routes.logout, ({ user }) => {
    if (!user) return fail(errors.unauthorised())
    db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(user.tokenHash)
    return ok({ ok: true })
  })
}
