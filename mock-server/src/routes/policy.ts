/**
 * §14.1: the policy version in force on the backend (public: the notice is for everyone) and
 * the admin route publishing a new one. A published version names the paragraphs it changed;
 * grants whose purposes cite them need re-consent, here and in the app alike.
 */
import type { FastifyInstance } from 'fastify'
import { routes } from '../../../src/contract/routes'
import type { PolicyResponse } from '../../../src/contract/policy'
import {
  fullPolicyHistory,
  insertPolicyVersion,
  publishedAfterShipped,
  shippedPolicy,
} from '../db/policy-versions'
import { setPublishedPolicy } from '../lib/consent-state'
import type { Ctx } from '../lib/context'
import { errors } from '../lib/errors'
import { fail, ok, register } from '../lib/http'

/** Paragraph ids a version may name: those of the shipped text. */
const knownParagraphs = new Set(Object.keys(shippedPolicy.current.paragraphHashes))

function policyBody(ctx: Ctx): PolicyResponse {
  const history = fullPolicyHistory(ctx.db)
  const last = history[history.length - 1] ?? {
    version: shippedPolicy.current.version,
    publishedAt: 0,
    changedParagraphs: [],
  }
  return {
    version: last.version,
    publishedAt: last.publishedAt,
    changedParagraphs: [...last.changedParagraphs],
    history: history.map((v) => ({ ...v, changedParagraphs: [...v.changedParagraphs] })),
  }
}

export function registerPolicyRoutes(app: FastifyInstance, ctx: Ctx): void {
  setPublishedPolicy(ctx.ledger, publishedAfterShipped(ctx.db))

  register(app, ctx, routes.getPolicy, () => ok(policyBody(ctx)))

  register(app, ctx, routes.adminPublishPolicy, ({ body }) => {
    const unknown = body.changedParagraphs.filter((id) => !knownParagraphs.has(id))
    if (unknown.length) {
      return fail(
        errors.bad(
          'unknown-paragraph',
          '政策中没有这些条款。',
          'The policy has no such paragraphs.',
          { paragraphs: unknown },
        ),
      )
    }
    const taken = fullPolicyHistory(ctx.db).some((v) => v.version === body.version)
    const stored =
      !taken &&
      insertPolicyVersion(ctx.db, {
        version: body.version,
        publishedAt: ctx.clock(),
        changedParagraphs: [...new Set(body.changedParagraphs)],
      })
    if (!stored) {
      return fail(
        errors.conflict(
          'policy-version-exists',
          '该政策版本已发布。',
          'This policy version was already published.',
          { version: body.version },
        ),
      )
    }
    setPublishedPolicy(ctx.ledger, publishedAfterShipped(ctx.db))
    return ok(policyBody(ctx))
  })
}
