import fc from 'fast-check'
import { deriveConsentState } from '../../../src/domain/ledger'
import {
  MAX_BATCH,
  classifyFailure,
  compactLedger,
  defaultBackoff,
  nextBatch,
  retryDelay,
} from '../../../src/domain/outbox'
import { purposes } from '../../../src/catalogue/purposes'
import { RUNS, arbLedger, context } from './ledger-fixtures'

describe('outbox delivery rules', () => {
  it('§3.4 retries back off exponentially with full jitter, capped', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempt, r) => {
        const delay = retryDelay(attempt, () => r)
        const ceiling = Math.min(defaultBackoff.capMs, defaultBackoff.baseMs * 2 ** attempt)
        return delay >= 0 && delay < ceiling
      }),
      RUNS,
    )
  })

  it('§3.4 a server’s Retry-After is a floor the jitter never shortens', () => {
    fc.assert(
      fc.property(
        fc.nat(10),
        fc.nat(120_000),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (a, ra, r) => retryDelay(a, () => r, { retryAfterMs: ra }) >= ra,
      ),
      RUNS,
    )
  })

  it('§3.4 timeouts, 5xx and 429 are retried; other 4xx are shown, not retried', () => {
    expect(classifyFailure({ kind: 'network' })).toBe('retry')
    expect(classifyFailure({ kind: 'http', status: 503 })).toBe('retry')
    expect(classifyFailure({ kind: 'http', status: 500 })).toBe('retry')
    expect(classifyFailure({ kind: 'http', status: 429 })).toBe('retry')
    expect(classifyFailure({ kind: 'http', status: 408 })).toBe('retry')
    expect(classifyFailure({ kind: 'http', status: 400 })).toBe('fatal')
    expect(classifyFailure({ kind: 'http', status: 409 })).toBe('fatal')
    expect(classifyFailure({ kind: 'validation', status: 200 })).toBe('fatal')
  })

  it('§3.4 withdrawals are sent first, batches stay within the contract’s limit', () => {
    fc.assert(
      fc.property(arbLedger(), fc.integer({ min: 1, max: MAX_BATCH }), (ledger, max) => {
        const batch = nextBatch(ledger, max)
        const firstGrant = batch.findIndex((e) => e.action === 'grant')
        const lastWithdraw = batch.map((e) => e.action).lastIndexOf('withdraw')
        const withdrawals = ledger.filter((e) => e.action === 'withdraw').length
        return (
          batch.length === Math.min(max, ledger.length) &&
          (firstGrant === -1 || lastWithdraw < firstGrant) &&
          batch.filter((e) => e.action === 'withdraw').length === Math.min(withdrawals, max)
        )
      }),
      RUNS,
    )
  })

  it('§8.2 compacting the acknowledged ledger never changes any purpose’s state', () => {
    fc.assert(
      fc.property(arbLedger(), fc.boolean(), fc.nat(), (ledger, under14, seed) => {
        const unacked = new Set(ledger.filter((_, i) => (i + seed) % 3 === 0).map((e) => e.eventId))
        const compacted = compactLedger(ledger, unacked)
        const ctx = context(under14)
        expect(deriveConsentState(compacted, ctx)).toEqual(deriveConsentState(ledger, ctx))
        for (const id of unacked) expect(compacted.some((e) => e.eventId === id)).toBe(true)
      }),
      RUNS,
    )
  })
})

describe('what the device keeps', () => {
  it('§8.2 however long the history, the acknowledged ledger stays far below WeChat’s 1 MB per key', () => {
    const events = Array.from({ length: 5_000 }, (_, i) => ({
      eventId: `e-${String(i).padStart(6, '0')}-0000-0000-0000-000000000000`,
      purposeId: purposes[i % purposes.length]!.id,
      action: i % 3 === 0 ? ('withdraw' as const) : ('grant' as const),
      policyVersion: '2023-06+d8648bf6',
      at: 1_700_000_000_000 + i * 1000,
      source: 'consent-center' as const,
      deviceId: 'a08ff49b-6f77-2632-716c-43069c43a8c3',
      actor: i % 7 === 0 ? ('guardian' as const) : ('user' as const),
      bulk: i % 5 === 0,
    }))
    const kept = compactLedger(events, new Set())
    const bytes = JSON.stringify(kept).length
    // At most one event per purpose, action, actor and bulk flag.
    expect(kept.length).toBeLessThanOrEqual(purposes.length * 8)
    expect(bytes).toBeLessThan(100 * 1024)
  })
})
