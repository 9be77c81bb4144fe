/**
 * §3.4: every opt-out path lands in the same ledger.
 * (a) inbound SMS "TD" / "退订"; (b) signed one-click unsubscribe links (no login);
 * (c) is the app itself (POST /v1/consents/events); (d) call-centre; (e) the DPO (§10.2).
 */
import type { FastifyInstance } from 'fastify'
import { marketingChannels, type MarketingChannel } from '../../../src/catalogue/types'
import { routes } from '../../../src/contract/routes'
import type { ConsentSource } from '../../../src/domain/consent-event'
import { toHalfWidth } from '../../../src/domain/validators/normalise'
import { validatePhone } from '../../../src/domain/validators/phone'
import { findUsersByPhone, getUser, type UserRow } from '../db/users'
import { marketingPurposeFor, marketingPurposes } from '../lib/consent-state'
import { withdrawPurposes } from '../lib/consent-writes'
import type { Ctx } from '../lib/context'
import { hmac, safeEqual } from '../lib/crypto'
import { errors, validatorError } from '../lib/errors'
import { fail, ok, register, type Outcome } from '../lib/http'

type Scope = MarketingChannel | 'all'

/** §3.4(a): the reply keywords, after trimming and full-width normalisation. */
export const SMS_STOP_WORDS = ['TD', '退订', 'T', 'N', 'STOP', 'UNSUBSCRIBE']

const purposesFor = (scope: Scope): string[] =>
  scope === 'all'
    ? marketingPurposes.map((p) => p.id)
    : [marketingPurposeFor(scope)?.id].filter((x): x is string => !!x)

export function signUnsubscribeToken(
  ctx: Ctx,
  userId: string,
  scope: Scope,
  expiresAt: number,
): string {
  const payload = Buffer.from(JSON.stringify({ u: userId, c: scope, e: expiresAt })).toString(
    'base64url',
  )
  return `${payload}.${hmac(ctx.linkSecret, payload)}`
}

function readUnsubscribeToken(
  ctx: Ctx,
  token: string,
): { userId: string; scope: Scope } | 'invalid' | 'expired' {
  const [payload, sig, extra] = token.split('.')
  if (!payload || !sig || extra !== undefined || !safeEqual(sig, hmac(ctx.linkSecret, payload)))
    return 'invalid'
  try {
    const v = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      u?: unknown
      c?: unknown
      e?: unknown
    }
    if (typeof v.u !== 'string' || typeof v.e !== 'number') return 'invalid'
    if (v.c !== 'all' && !(marketingChannels as readonly unknown[]).includes(v.c)) return 'invalid'
    if (v.e <= ctx.clock()) return 'expired'
    return { userId: v.u, scope: v.c as Scope }
  } catch {
    return 'invalid'
  }
}

/**
 * §3.4(b): the app's unsubscribe page for a token: it waits for the person's tap, so a mail
 * scanner fetching the link stops nothing. In WeChat the same page is `miniProgramPath` (behind
 * a URL Link); PUBLIC_BASE_URL is where the H5 app is served.
 */
export function unsubscribePage(ctx: Ctx, token: string): { url: string; miniProgramPath: string } {
  const path = `pages/unsubscribe/index?token=${encodeURIComponent(token)}`
  return { url: `${ctx.publicBaseUrl}/#/${path}`, miniProgramPath: path }
}

/** The member and scope a token names, or the bilingual 400 for a bad or expired link. */
function checkToken(ctx: Ctx, token: string): { user: UserRow; scope: Scope } | Outcome {
  const t = readUnsubscribeToken(ctx, token)
  if (t === 'expired')
    return fail(
      errors.bad(
        'link-expired',
        '退订链接已过期，请在小程序中退订。',
        'This unsubscribe link has expired; unsubscribe in the mini program.',
      ),
    )
  const u = t === 'invalid' ? undefined : getUser(ctx.db, t.userId)
  if (t === 'invalid' || !u)
    return fail(errors.bad('link-invalid', '退订链接无效。', 'This unsubscribe link is not valid.'))
  return { user: u, scope: t.scope }
}

/** The person's tap (POST) with a checked link: withdraws what the link is for. */
function unsubscribe(ctx: Ctx, t: { user: UserRow; scope: Scope }): Outcome {
  const ids = purposesFor(t.scope)
  withdrawPurposes(ctx, t.user, ids, 'unsubscribe-link')
  return ok({
    unsubscribed: ids,
    message: {
      'zh-CN': '您已成功退订，之后不会再收到相关营销信息。',
      en: 'You are unsubscribed and will receive no more of these messages.',
    },
  })
}

/**
 * GET (and HEAD) on a link: changes nothing. Mail scanners and link previews fetch links
 * without anyone tapping; §3.4(b) one-tap unsubscribe is the POST from the app's page.
 */
function previewUnsubscribe(ctx: Ctx, token: string): Outcome {
  const t = checkToken(ctx, token)
  if (!('user' in t)) return t
  return ok({
    wouldUnsubscribe: purposesFor(t.scope),
    ...unsubscribePage(ctx, token),
    message: {
      'zh-CN': '打开此链接不会退订。请在 INDIGO 小程序的退订页面点击“一键退订”确认。',
      en: 'Opening this link unsubscribes nothing. Tap “Unsubscribe” on the INDIGO unsubscribe page to confirm.',
    },
  })
}

function findMember(
  ctx: Ctx,
  body: { userId?: string; phone?: string },
): UserRow | { error: ReturnType<typeof errors.notFound> } {
  if (body.userId) return getUser(ctx.db, body.userId) ?? { error: errors.notFound() }
  if (body.phone) {
    const p = validatePhone(body.phone)
    if (!p.ok) return { error: validatorError(p.code) }
    return findUsersByPhone(ctx.db, p.value)[0] ?? { error: errors.notFound() }
  }
  return {
    error: errors.bad(
      'member-required',
      '请提供会员编号或手机号码。',
      'Give a member id or a phone number.',
    ),
  }
}

export function registerOptOutRoutes(app: FastifyInstance, ctx: Ctx): void {
  // (a) The SMS gateway forwards replies; a stop word from a member's phone stops SMS marketing.
  register(app, ctx, routes.smsInbound, ({ body }) => {
    const word = toHalfWidth(body.text).trim().toUpperCase()
    const phone = validatePhone(body.from)
    if (!SMS_STOP_WORDS.includes(word) || !phone.ok)
      return ok({ action: 'ignored', matchedUsers: 0 })
    const users = findUsersByPhone(ctx.db, phone.value)
    for (const u of users) withdrawPurposes(ctx, u, purposesFor('sms'), 'sms-reply')
    ctx.log.info({ smsInbound: { from: phone.value, matched: users.length } }, 'SMS unsubscribe')
    return ok({ action: users.length ? 'unsubscribed' : 'ignored', matchedUsers: users.length })
  })

  // (b) One tap, no login: the POST (the app's page, and RFC 8058 List-Unsubscribe-Post). The
  // GET only previews: a link scanner's prefetch must not opt anyone out.
  const rateLimited = (ip: string) => {
    const wait = ctx.limiter(`unsubscribe:${ip}`, ctx.rateLimits.unsubscribe)
    return wait > 0 ? fail(errors.rateLimited(Math.ceil(wait / 1000))) : undefined
  }
  register(
    app,
    ctx,
    routes.unsubscribeGet,
    ({ query, req }) => rateLimited(req.ip) ?? previewUnsubscribe(ctx, query.token),
  )
  register(app, ctx, routes.unsubscribePost, ({ body, req }) => {
    // A valid link always works: a mail provider's RFC 8058 POSTs for many members come from a
    // few addresses, and a withdrawal is never refused. Only bad or expired links count against
    // the address's limit (they are what guessing looks like).
    const t = checkToken(ctx, body.token)
    if (!('user' in t)) return rateLimited(req.ip) ?? t
    return unsubscribe(ctx, t)
  })

  const adminOptOut =
    (source: ConsentSource, defaultScope: Scope, forceAll: boolean) =>
    ({ body }: { body: { userId?: string; phone?: string; channel?: Scope } }) => {
      const m = findMember(ctx, body)
      if ('error' in m) return fail(m.error)
      const scope = forceAll ? 'all' : (body.channel ?? defaultScope)
      const r = withdrawPurposes(ctx, m, purposesFor(scope), source)
      return ok({ userId: m.id, withdrawn: r.withdrawn })
    }
  // (d) said on a marketing call: the channel of the call (phone unless stated).
  register(app, ctx, routes.adminCallCentreOptOut, adminOptOut('call-centre', 'phone', false))
  // (e) told the DPO (§10.2) that they want no Business Information "through any channel".
  register(app, ctx, routes.adminDpoOptOut, adminOptOut('dpo', 'all', true))
}
