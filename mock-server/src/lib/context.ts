/** What every route module receives: the database, the injected clock and ids, the config. */
import type { FastifyBaseLogger } from 'fastify'
import type { Db } from '../db/open'
import type { LedgerStore } from '../db/ledger'
import type { GroupCommit } from './group-commit'
import type { RateLimit, RateLimiter } from './rate-limit'
import { RESEND_COOLDOWN_MS } from '../../../src/domain/sms-verification'

export interface RateLimits {
  /** per client IP */
  readonly login: RateLimit
  /** per user: sending SMS codes */
  readonly smsSend: RateLimit
  /** per user and phone: §10.3 the wait before another code may be sent (one per window) */
  readonly smsResend: RateLimit
  /** per user: checking codes (on top of the per-code attempt limit) */
  readonly smsVerify: RateLimit
  /** per IP: the unauthenticated unsubscribe link */
  readonly unsubscribe: RateLimit
}

export const defaultRateLimits: RateLimits = {
  login: { limit: 20, windowMs: 60_000 },
  smsSend: { limit: 5, windowMs: 60 * 60_000 },
  smsResend: { limit: 1, windowMs: RESEND_COOLDOWN_MS },
  smsVerify: { limit: 10, windowMs: 10 * 60_000 },
  unsubscribe: { limit: 30, windowMs: 60_000 },
}

export interface Ctx {
  readonly db: Db
  readonly clock: () => number
  readonly ids: () => string
  readonly ledger: LedgerStore
  /** Shares one durable commit among the consent writes of one event-loop turn. */
  readonly groupCommit: GroupCommit
  readonly adminToken: string
  readonly limiter: RateLimiter
  readonly rateLimits: RateLimits
  readonly sessionTtlMs: number
  readonly publicBaseUrl: string
  /** HMAC key for unsubscribe links, kept in the DB so links survive restarts. */
  readonly linkSecret: string
  readonly log: FastifyBaseLogger
}
