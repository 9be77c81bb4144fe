import fc from 'fast-check'
import type { ConsentEvent } from '../../../src/domain/consent-event'
import {
  compareEvents,
  deriveConsentState,
  mergeLedgers,
  nextEventTime,
} from '../../../src/domain/ledger'
import { RUNS, arbLedger, context, event, optionalIds } from './ledger-fixtures'

describe('mergeLedgers', () => {
  const ids = (l: readonly ConsentEvent[]) => l.map((e) => e.eventId)

  it('§3.4 is a union by eventId: commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(arbLedger(), arbLedger(), arbLedger(), (a, b, c) => {
        const ab = mergeLedgers(a, b)
        expect(mergeLedgers(b, a)).toEqual(ab)
        expect(mergeLedgers(mergeLedgers(a, b), c)).toEqual(mergeLedgers(a, mergeLedgers(b, c)))
        expect(mergeLedgers(ab, b)).toEqual(ab)
        expect(mergeLedgers(a, a)).toEqual(mergeLedgers(a, []))
        expect(new Set(ids(ab))).toEqual(new Set([...ids(a), ...ids(b)]))
        expect(ids(ab)).toHaveLength(new Set(ids(ab)).size)
      }),
      RUNS,
    )
  })

  // Two replicas (device and server) each hold part of one ledger of globally unique events.
  const arbReplicas = arbLedger().chain((all) =>
    fc.tuple(fc.subarray(all), fc.subarray(all), fc.shuffledSubarray(all)),
  )

  it('§3.4 merging then deriving equals deriving from everything both sides saw', () => {
    fc.assert(
      fc.property(arbReplicas, fc.boolean(), ([a, b], under14) => {
        expect(deriveConsentState(mergeLedgers(a, b), context(under14))).toEqual(
          deriveConsentState([...a, ...b], context(under14)),
        )
      }),
      RUNS,
    )
  })

  it('keeps a stable order: sorted by compareEvents', () => {
    fc.assert(
      fc.property(arbLedger(), arbLedger(), (a, b) => {
        const merged = mergeLedgers(a, b)
        for (let i = 1; i < merged.length; i += 1) {
          expect(compareEvents(merged[i - 1]!, merged[i]!)).toBeLessThan(0)
        }
      }),
      RUNS,
    )
  })
})

describe('nextEventTime', () => {
  it('§10.1(d) a new withdrawal on a device with a slow clock still wins', () => {
    fc.assert(
      fc.property(
        arbLedger(),
        fc.constantFrom(...optionalIds),
        fc.integer({ min: -5, max: 20 }),
        (ledger, purposeId, now) => {
          const at = nextEventTime(ledger, purposeId, now)
          expect(at).toBeGreaterThanOrEqual(now)
          const w = event({ eventId: 'new', purposeId, action: 'withdraw', at })
          const state = deriveConsentState(
            [...ledger.filter((e) => e.eventId !== 'new'), w],
            context(),
          )
          expect(state[purposeId]?.status).toBe('withdrawn')
          expect(state[purposeId]?.decidedBy).toEqual(w)
        },
      ),
      RUNS,
    )
  })

  it('is now when the device knows nothing later for that purpose', () => {
    expect(nextEventTime([event({ at: 5 })], 'opt-a', 100)).toBe(100)
    expect(nextEventTime([event({ at: 500 })], 'opt-a', 100)).toBe(501)
    expect(nextEventTime([event({ at: 500 })], 'opt-b', 100)).toBe(100)
  })
})
