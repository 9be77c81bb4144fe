/**
 * Optional fault injection for the app's sync tests, on the app's /v1 routes only (never health,
 * OpenAPI or admin). Off unless configured, e.g.
 * `CHAOS="drop=0.05,lost=0.1,duplicate=0.1,delay=0.2,delayMs=1500,5xx=0.05,429=0.05,reset=0.02"`.
 * - drop: the request never arrives (no answer, the connection dies later);
 * - lost: the request is applied but the answer is lost (the connection is cut instead);
 * - duplicate: the request is applied, answered, then delivered once more (a retransmission);
 * - delay, 5xx, 429 (Retry-After: 1), reset (cut before anything is applied).
 */
import type { ChaosHook } from './app'
import { sendError } from './lib/http'

export interface ChaosRates {
  readonly drop: number
  readonly delay: number
  readonly delayMs: number
  readonly error5xx: number
  readonly tooMany: number
  readonly reset: number
  readonly lost: number
  readonly duplicate: number
}

const none: ChaosRates = {
  drop: 0,
  delay: 0,
  delayMs: 1000,
  error5xx: 0,
  tooMany: 0,
  reset: 0,
  lost: 0,
  duplicate: 0,
}

export function parseChaos(spec: string | undefined): ChaosRates | undefined {
  if (!spec) return undefined
  const keys: Record<string, keyof ChaosRates> = {
    drop: 'drop',
    delay: 'delay',
    delayMs: 'delayMs',
    '5xx': 'error5xx',
    '429': 'tooMany',
    reset: 'reset',
    lost: 'lost',
    duplicate: 'duplicate',
  }
  const rates: Record<keyof ChaosRates, number> = { ...none }
  for (const part of spec.split(',')) {
    const [k, v] = part.split('=').map((x) => x.trim())
    const key = k ? keys[k] : undefined
    const n = Number(v)
    if (key && Number.isFinite(n) && n >= 0) rates[key] = n
  }
  return rates
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export function createChaos(rates: ChaosRates, random: () => number = Math.random): ChaosHook {
  return async (req, reply) => {
    if (!req.url.startsWith('/v1/') || req.url.startsWith('/v1/admin/')) return false
    const roll = random()
    let edge = 0
    if (roll < (edge += rates.reset)) {
      req.raw.socket.destroy()
      return true
    }
    if (roll < (edge += rates.drop)) {
      // Lost: no answer at all; the connection closes later, as a dead network would.
      reply.hijack()
      setTimeout(() => req.raw.socket.destroy(), rates.delayMs).unref()
      return true
    }
    if (roll < (edge += rates.error5xx)) {
      sendError(reply, {
        status: 503,
        code: 'chaos-unavailable',
        message: {
          'zh-CN': '服务暂时不可用（故障演练）。',
          en: 'Service unavailable (chaos mode).',
        },
      })
      return true
    }
    if (roll < (edge += rates.tooMany)) {
      sendError(reply, {
        status: 429,
        code: 'rate-limited',
        message: { 'zh-CN': '操作过于频繁（故障演练）。', en: 'Too many requests (chaos mode).' },
        details: { retryAfterSeconds: 1 },
      })
      return true
    }
    if (roll < (edge += rates.lost)) {
      // Applied, then the answer never arrives: the classic lost acknowledgement.
      const raw = reply.raw
      raw.end = (() => {
        req.raw.socket.destroy()
        return raw
      }) as typeof raw.end
      return false
    }
    if (roll < (edge += rates.duplicate)) {
      // After the answer, the same request arrives again, as a retransmitting proxy would send it.
      // Sent over the network like the original, so it meets every hook and limit again.
      reply.raw.once('finish', () => {
        const { 'content-length': _length, host, ...headers } = req.headers
        void fetch(`http://${host ?? ''}${req.url}`, {
          method: req.method,
          headers: headers as Record<string, string>,
          ...(req.body !== undefined ? { body: JSON.stringify(req.body) } : {}),
        }).catch(() => undefined)
      })
      return false
    }
    if (roll < edge + rates.delay) await sleep(rates.delayMs)
    return false
  }
}
