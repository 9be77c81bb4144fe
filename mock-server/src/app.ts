/**
 * The mock membership backend as a Fastify app factory: tests start it on port 0 with a
 * temporary database; main.ts starts it from the environment.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { randomUUID } from 'node:crypto'
import type { Writable } from 'node:stream'
import { createLedgerStore } from './db/ledger'
import { openDb, type Db } from './db/open'
import { getSetting } from './db/users'
import { defaultRateLimits, type Ctx, type RateLimits } from './lib/context'
import { randomToken } from './lib/crypto'
import { errors } from './lib/errors'
import { createGroupCommit } from './lib/group-commit'
import { sendError } from './lib/http'
import { maskDeep, maskString } from './lib/mask'
import { createRateLimiter } from './lib/rate-limit'
import { registerAdminRoutes } from './routes/admin'
import { registerAuthRoutes } from './routes/auth'
import { registerConsentRoutes } from './routes/consents'
import { registerHealthRoutes } from './routes/health'
import { registerMemberRoutes } from './routes/member'
import { registerOptOutRoutes } from './routes/opt-outs'
import { registerRightsRoutes } from './routes/rights-requests'
import { registerServiceNoticeRoutes } from './routes/service-notices'
import { registerVerificationRoutes } from './routes/verification'

/** Fault injection for a later issue (drop/delay/duplicate/5xx/429/reset): return true when handled. */
export type ChaosHook = (req: FastifyRequest, reply: FastifyReply) => boolean | Promise<boolean>

export interface ServerOptions {
  readonly dbFile: string
  readonly adminToken: string
  /** epoch ms; injected so tests are deterministic */
  readonly clock?: () => number
  readonly ids?: () => string
  /** false: silent; true: info to stdout; or a level and a stream (tests capture logs) */
  readonly logger?: boolean | { readonly level?: string; readonly stream?: Writable }
  readonly chaos?: ChaosHook
  /** Origins allowed by CORS (the H5 dev server). */
  readonly corsOrigins?: readonly string[]
  readonly publicBaseUrl?: string
  readonly rateLimits?: Partial<RateLimits>
  readonly sessionTtlMs?: number
}

export const DEFAULT_CORS_ORIGINS = ['http://127.0.0.1:10086', 'http://localhost:10086']
/** Small JSON bodies everywhere; receipt uploads have their own limit. */
export const BODY_LIMIT = 64 * 1024

function loggerOptions(opt: ServerOptions['logger']) {
  if (!opt) return false
  const base = {
    level: opt === true ? 'info' : (opt.level ?? 'info'),
    // Never log bodies; mask phones, plates and tokens in whatever is logged.
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '***' },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: maskString(String(req.url ?? '')),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    hooks: {
      logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void) {
        method.apply(
          this,
          args.map((a) => maskDeep(a)),
        )
      },
    },
  }
  return opt !== true && opt.stream ? { ...base, stream: opt.stream } : base
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance & { db: Db }> {
  const db = openDb(opts.dbFile)
  const clock = opts.clock ?? Date.now
  const app = Fastify({
    logger: loggerOptions(opts.logger),
    bodyLimit: BODY_LIMIT,
    trustProxy: false,
    // Bilingual 400s instead of Fastify's English ones for odd ids in the URL.
    routerOptions: { maxParamLength: 200 },
    genReqId: () => randomUUID(),
    // Errors the router raises before a route runs (bad or overlong URLs): bilingual too.
    frameworkErrors: (err, _req, reply) => {
      const e = err as { code?: string }
      if (e.code === 'FST_ERR_MAX_PARAM_LENGTH') {
        return sendError(reply, {
          status: 414,
          code: 'url-too-long',
          message: { 'zh-CN': '请求地址过长。', en: 'The URL is too long.' },
        })
      }
      return sendError(reply, errors.bad('bad-url', '请求地址无效。', 'The URL is not valid.'))
    },
  })
  const ledger = createLedgerStore(db)
  const ctx: Ctx = {
    db,
    clock,
    ids: opts.ids ?? randomUUID,
    ledger,
    groupCommit: createGroupCommit(db, () => ledger.forgetAll()),
    adminToken: opts.adminToken,
    limiter: createRateLimiter(clock),
    rateLimits: { ...defaultRateLimits, ...opts.rateLimits },
    sessionTtlMs: opts.sessionTtlMs ?? 7 * 24 * 3600 * 1000,
    publicBaseUrl: opts.publicBaseUrl ?? 'http://127.0.0.1:10086',
    linkSecret: getSetting(db, 'unsubscribe-link-secret', () => randomToken(32)),
    log: app.log,
  }

  const allowed = new Set(opts.corsOrigins ?? DEFAULT_CORS_ORIGINS)
  app.addHook('onRequest', async (req, reply) => {
    const origin = req.headers.origin
    if (origin && allowed.has(origin)) {
      void reply.header('access-control-allow-origin', origin)
      void reply.header('vary', 'Origin')
      void reply.header('access-control-allow-headers', 'authorization, content-type')
      void reply.header('access-control-allow-methods', 'GET, POST, PUT, DELETE, OPTIONS')
      void reply.header('access-control-max-age', '600')
    }
    if (req.method === 'OPTIONS') return reply.code(204).send()
    if (opts.chaos && (await opts.chaos(req, reply))) return reply
    return undefined
  })
  app.options('*', async (_req, reply) => reply.code(204).send())

  app.setErrorHandler(
    (err: { code?: string; statusCode?: number; message?: string }, req, reply) => {
      const code = err.code ?? ''
      if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, errors.tooLarge())
      if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        return sendError(reply, errors.unsupportedMedia())
      if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
        return sendError(
          reply,
          errors.validation([{ in: 'body', path: '', code: 'empty', message: 'empty body' }]),
        )
      if (
        code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
        code.startsWith('FST_ERR_CTP') ||
        err instanceof SyntaxError
      )
        return sendError(reply, errors.badJson())
      if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
        return sendError(reply, errors.bad('bad-request', '请求无效。', 'Bad request.'))
      }
      req.log.error({ err: { code, message: maskString(err.message ?? '') } }, 'unhandled error')
      return sendError(reply, errors.internal())
    },
  )
  app.setNotFoundHandler((_req, reply) => sendError(reply, errors.notFound()))

  registerHealthRoutes(app, ctx)
  registerAuthRoutes(app, ctx)
  registerConsentRoutes(app, ctx)
  registerVerificationRoutes(app, ctx)
  registerRightsRoutes(app, ctx)
  registerMemberRoutes(app, ctx)
  registerServiceNoticeRoutes(app, ctx)
  registerOptOutRoutes(app, ctx)
  registerAdminRoutes(app, ctx)

  app.addHook('onClose', async () => {
    db.close()
  })
  return Object.assign(app, { db }) as unknown as FastifyInstance & { db: Db }
}
