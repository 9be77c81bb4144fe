/**
 * An in-memory stand-in for the backend's consent routes, speaking the real contract (the
 * client validates every answer), for property tests that need thousands of runs. It uses the
 * same domain rules as the real server: idempotent by event id, state derived by the ledger.
 */
import { catalogueConsentContext } from '../../src/domain/catalogue-context'
import type { ConsentEvent } from '../../src/domain/consent-event'
import { deriveConsentState, type ConsentState } from '../../src/domain/ledger'
import type { HttpRequest, HttpResponse, Transport } from '../../src/services/api'

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body,
})

export function createFakeConsentServer(now: () => number) {
  const ledger: ConsentEvent[] = []
  const byId = new Map<string, string>()
  let sessions = 0
  let appliedWrites = 0
  let profileBirthDate: string | undefined

  const state = (): ConsentState => deriveConsentState(ledger, catalogueConsentContext(false))
  const dtos = () =>
    Object.values(state()).map((s) => ({
      purposeId: s.purposeId,
      granted: s.granted,
      status: s.status,
    }))

  function handle(req: HttpRequest): HttpResponse {
    const path = new URL(req.url).pathname
    if (req.method === 'POST' && path === '/v1/auth/login') {
      sessions += 1
      return json(200, {
        token: `t${sessions}`,
        expiresAt: now() + 7 * 86_400_000,
        userId: 'u1',
        isNewUser: sessions === 1,
      })
    }
    if (!req.headers.authorization) return json(401, errorOf('unauthorised'))
    if (req.method === 'PUT' && path === '/v1/me/profile') {
      const { birthDate } = JSON.parse(req.body ?? '{}') as { birthDate?: string | null }
      profileBirthDate = birthDate ?? undefined
      return json(200, {
        userId: 'u1',
        createdAt: 0,
        ...(profileBirthDate ? { birthDate: profileBirthDate } : {}),
      })
    }
    if (req.method === 'POST' && path === '/v1/consents/events') {
      const { events } = JSON.parse(req.body ?? '{}') as { events: ConsentEvent[] }
      const results = events.map((e) => {
        const seen = byId.get(e.eventId)
        const content = JSON.stringify(e)
        if (seen === undefined) {
          byId.set(e.eventId, content)
          ledger.push(e)
          appliedWrites += 1
        } else if (seen !== content) {
          throw new Error(`event id reused with other content: ${e.eventId}`)
        }
        return {
          eventId: e.eventId,
          outcome: seen === undefined ? 'stored' : 'duplicate',
          seq: ledger.findIndex((x) => x.eventId === e.eventId) + 1,
          hash: 'h',
          at: e.at,
          clamped: false,
        }
      })
      return json(200, { results, purposes: dtos(), deleted: [] })
    }
    if (req.method === 'GET' && path === '/v1/consents') {
      return json(200, {
        currentPolicyVersion: 'v',
        purposes: dtos(),
        ledger: ledger.map((e, i) => ({
          ...e,
          seq: i + 1,
          receivedAt: now(),
          prevHash: 'p',
          hash: 'h',
        })),
      })
    }
    return json(404, errorOf('not-found'))
  }

  const transport: Transport = async (req) => handle(req)
  return {
    transport,
    handle,
    ledger,
    state,
    /** How many distinct events were stored (a duplicate delivery is not a write). */
    get appliedWrites() {
      return appliedWrites
    },
  }
}

function errorOf(code: string) {
  return { error: { code, message: { 'zh-CN': code, en: code } } }
}

export type Fault =
  | 'ok'
  /** Lost before reaching the server. */
  | 'drop-request'
  /** The server applied it; the answer was lost (timeout, connection reset, app killed). */
  | 'drop-response'
  /** Delivered twice (a proxy retried it). */
  | 'duplicate'
  /** Kept back and delivered later, after newer requests (reordering). */
  | 'delay'
  | '5xx'
  | '429'

/**
 * Wraps the fake server with scripted faults: each request takes the next fault of the
 * script. Delayed requests wait in `held` until `release` delivers them, out of order.
 */
export function createFaultyTransport(
  server: { handle(req: HttpRequest): HttpResponse },
  script: readonly Fault[],
) {
  let i = 0
  let healed = false
  const held: HttpRequest[] = []
  const transport: Transport = async (req) => {
    const fault = healed || script.length === 0 ? 'ok' : (script[i++ % script.length] ?? 'ok')
    switch (fault) {
      case 'drop-request':
        throw new Error('request:fail timeout')
      case 'drop-response':
        server.handle(req)
        throw new Error('request:fail connection reset')
      case 'duplicate':
        server.handle(req)
        return server.handle(req)
      case 'delay':
        held.push(req)
        throw new Error('request:fail timeout')
      case '5xx':
        return json(503, errorOf('unavailable'))
      case '429':
        return json(429, errorOf('rate-limited'), { 'retry-after': '1' })
      default:
        return server.handle(req)
    }
  }
  return {
    transport,
    /** Delivers the held requests, newest first (the worst order for an old grant). */
    release() {
      for (const req of held.splice(0).reverse()) server.handle(req)
    },
    heal() {
      healed = true
    },
  }
}
