/** Admin (CRM / call-centre / DPO) routes: marketing audiences, links, ledger checks. */
import type { FastifyInstance } from 'fastify'
import { routes } from '../../../src/contract/routes'
import { verifyAllChains } from '../db/ledger'
import { getUser, listActiveUsers } from '../db/users'
import { deriveFor, eligibleForMarketing } from '../lib/consent-state'
import type { Ctx } from '../lib/context'
import { errors } from '../lib/errors'
import { fail, ok, register } from '../lib/http'
import { registerAdminRightsRoutes } from './admin-rights'
import { signUnsubscribeToken, unsubscribePage } from './opt-outs'

export function registerAdminRoutes(app: FastifyInstance, ctx: Ctx): void {
  // §3.1(g), §3.4, §12.2, §9.3(a): only members who granted the channel now, not under 14
  // without the guardian, and for personalised push not opted out of automated decisions.
  register(app, ctx, routes.adminAudience, ({ query }) => {
    const now = ctx.clock()
    const personalised = query.personalised === 'true'
    const members = listActiveUsers(ctx.db)
      .filter((u) =>
        eligibleForMarketing(deriveFor(ctx.ledger, u, now), query.channel, personalised),
      )
      .map((u) => {
        const contact =
          query.channel === 'email'
            ? u.email
            : query.channel === 'sms' || query.channel === 'phone'
              ? u.phone
              : null
        return contact ? { userId: u.id, contact } : { userId: u.id }
      })
    return ok({ channel: query.channel, members })
  })

  register(app, ctx, routes.adminUnsubscribeToken, ({ body }) => {
    if (!getUser(ctx.db, body.userId)) return fail(errors.notFound())
    const expiresAt = ctx.clock() + (body.ttlSeconds ?? 30 * 24 * 3600) * 1000
    const token = signUnsubscribeToken(ctx, body.userId, body.channel, expiresAt)
    // §3.4(b): the link opens the app's unsubscribe page, which waits for the user's tap.
    return ok({ token, ...unsubscribePage(ctx, token), expiresAt })
  })

  register(app, ctx, routes.adminVerifyLedger, () => {
    const r = verifyAllChains(ctx.db)
    return ok({ ok: r.broken.length === 0, ...r })
  })

  registerAdminRightsRoutes(app, ctx)
}
