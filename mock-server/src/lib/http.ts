/**
 * Registers a contract route on Fastify: authenticates, validates params/query/body with the
 * contract's zod schemas and turns errors-as-values into bilingual 4xx answers.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod/mini'
import type { RouteDef } from '../../../src/contract/routes'
import type { Ctx } from './context'
import { safeEqual, sha256 } from './crypto'
import { errors, type ApiError } from './errors'

export interface AuthedUser {
  readonly id: string
  readonly tokenHash: string
}

export type Outcome =
  { readonly status?: number; readonly body: unknown } | { readonly error: ApiError }

type Out<R, K extends 'params' | 'query' | 'body'> = R extends { readonly [P in K]: infer S }
  ? S extends z.ZodMiniType
    ? z.output<S>
    : undefined
  : undefined

/** What a handler receives: the parts of the request, typed from the contract's schemas. */
export interface HandlerInput<R extends RouteDef> {
  readonly params: Out<R, 'params'>
  readonly query: Out<R, 'query'>
  readonly body: Out<R, 'body'>
  readonly user: AuthedUser | undefined
  readonly req: FastifyRequest
}

type Handler<R extends RouteDef> = (input: HandlerInput<R>) => Outcome | Promise<Outcome>

export const ok = (body: unknown, status?: number): Outcome =>
  status ? { status, body } : { body }
export const fail = (error: ApiError): Outcome => ({ error })

export function sendError(reply: FastifyReply, e: ApiError): FastifyReply {
  if (e.status === 429) {
    const d = e.details as { retryAfterSeconds?: number } | undefined
    void reply.header('retry-after', String(d?.retryAfterSeconds ?? 60))
  }
  const error =
    e.details === undefined
      ? { code: e.code, message: e.message }
      : { code: e.code, message: e.message, details: e.details }
  return reply.code(e.status).send({ error })
}

/** zod issues -> a short list the client can show next to fields. */
function issuesOf(
  where: string,
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[],
) {
  return issues.slice(0, 20).map((i) => ({
    in: where,
    path: i.path.map(String).join('.'),
    code: i.code ?? 'invalid',
    message: i.message,
  }))
}

function authenticate(
  ctx: Ctx,
  def: RouteDef,
  req: FastifyRequest,
): AuthedUser | undefined | ApiError {
  if (def.auth === 'none') return undefined
  const header = req.headers.authorization
  const token =
    typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : ''
  if (def.auth === 'admin')
    return token && safeEqual(token, ctx.adminToken) ? undefined : errors.adminOnly()
  if (!token) return errors.unauthorised()
  const tokenHash = sha256(token)
  const row = ctx.db
    .prepare<[string], { user_id: string; expires_at: number }>(
      'SELECT user_id, expires_at FROM sessions WHERE token_hash = ?',
    )
    .get(tokenHash)
  if (!row || row.expires_at <= ctx.clock()) return errors.unauthorised()
  return { id: row.user_id, tokenHash }
}

export function register<R extends RouteDef>(
  app: FastifyInstance,
  ctx: Ctx,
  def: R,
  handler: Handler<R>,
  opts: {
    bodyLimit?: number
    /**
     * A body the contract refuses, before the 400 goes out: the route may still keep what must
     * never be lost (the consent route: the batch's valid withdrawals) and say so in the error.
     */
    onInvalidBody?: (
      raw: unknown,
      user: AuthedUser | undefined,
      error: ApiError,
    ) => Promise<ApiError>
  } = {},
) {
  app.route({
    method: def.method,
    url: def.path,
    ...(opts.bodyLimit ? { bodyLimit: opts.bodyLimit } : {}),
    handler: async (req, reply) => {
      const auth = authenticate(ctx, def, req)
      if (auth && 'status' in auth) return sendError(reply, auth)
      const parsed: Record<'params' | 'query' | 'body', unknown> = {
        params: {},
        query: {},
        body: undefined,
      }
      for (const part of ['params', 'query', 'body'] as const) {
        const schema = def[part]
        if (!schema) continue
        const input = part === 'body' ? (req.body === undefined ? {} : req.body) : req[part]
        const r = schema.safeParse(input)
        if (!r.success) {
          const error = errors.validation(issuesOf(part, r.error.issues))
          if (part === 'body' && opts.onInvalidBody)
            return sendError(reply, await opts.onInvalidBody(input, auth, error))
          return sendError(reply, error)
        }
        parsed[part] = r.data
      }
      const out = await handler({ ...parsed, user: auth, req } as unknown as HandlerInput<R>)
      if ('error' in out) return sendError(reply, out.error)
      return reply.code(out.status ?? def.status ?? 200).send(out.body)
    },
  })
}
