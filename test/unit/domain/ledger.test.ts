import fc from 'fast-check'
import type { ConsentEvent } from '../../../src/domain/consent-event'
import { deriveConsentState, mergeLedgers, purposeHistory } from '../../../src/domain/ledger'
import {
  CURRENT,
  RUNS,
  arbEvent,
  arbLedger,
  arbRedelivery,
  context,
  event,
  optionalIds,
  requiredIds,
  separateIds,
  testPurposes,
} from './ledger-fixtures'

const purposeOf = (id: string) => testPurposes.find((p) => p.id === id)

/** An independent oracle: sort the countable events and take the last one. */
function expectedDeciding(events: readonly ConsentEvent[], purposeId: string) {
  const p = purposeOf(purposeId)
  const countable = events.filter(
    (e) => e.purposeId === purposeId && !(p?.separateConsent && e.bulk && e.action === 'grant'),
  )
  const sorted = [...countable].sort((a, b) => {
    if (a.at !== b.at) return a.at - b.at
    if (a.action !== b.action) return a.action === 'withdraw' ? 1 : -1
    return 0
  })
  const last = sorted[sorted.length - 1]
  if (last === undefined) return undefined
  // Among events equal in time and action, the one with the greatest eventId decides.
  const peers = sorted.filter((e) => e.at === last.at && e.action === last.action)
  return peers.reduce((m, e) => (e.eventId > m.eventId ? e : m))
}

describe('deriveConsentState', () => {
  it('§1.5 unknown means not granted: no countable event gives not-set, and never granted', () => {
    fc.assert(
      fc.property(arbLedger(), (ledger) => {
        const state = deriveConsentState(ledger, context())
        expect(Object.keys(state).sort()).toEqual(testPurposes.map((p) => p.id).sort())
        for (const id of optionalIds) {
          const s = state[id]
          if (expectedDeciding(ledger, id) === undefined) {
            expect(s).toEqual({ purposeId: id, granted: false, status: 'not-set' })
          }
          expect(s?.granted).toBe(s?.status === 'granted')
        }
      }),
      RUNS,
    )
  })

  it('§1.5 events for purposes the catalogue does not know are ignored', () => {
    fc.assert(
      fc.property(arbLedger(), arbLedger(['unknown-purpose', 'other']), (ledger, unknown) => {
        const known = ledger.filter((e) => e.purposeId !== 'unknown-purpose')
        const ids = new Set(known.map((e) => e.eventId))
        const extra = unknown.filter((e) => !ids.has(e.eventId))
        const state = deriveConsentState([...known, ...extra], context())
        expect(state).toEqual(deriveConsentState(known, context()))
        expect(state['unknown-purpose']).toBeUndefined()
      }),
      RUNS,
    )
  })

  it('§3.8 required purposes are necessary and granted whatever the ledger says', () => {
    fc.assert(
      fc.property(arbLedger(), (ledger) => {
        const state = deriveConsentState(ledger, context())
        for (const id of requiredIds) {
          expect(state[id]).toEqual({ purposeId: id, granted: true, status: 'necessary' })
        }
      }),
      RUNS,
    )
  })

  it('§3.4 the latest event by time decides, and a withdrawal wins a tie', () => {
    fc.assert(
      fc.property(arbLedger(), (ledger) => {
        const state = deriveConsentState(ledger, context())
        for (const id of optionalIds) {
          expect(state[id]?.decidedBy).toEqual(expectedDeciding(ledger, id))
        }
      }),
      RUNS,
    )
  })

  it('§10.1(d) a grant and a withdrawal at the same moment: the withdrawal wins, any order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...optionalIds),
        fc.integer({ min: 0, max: 1e12 }),
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        fc.boolean(),
        (purposeId, at, idA, idB, withdrawFirst) => {
          fc.pre(idA !== idB)
          const g = event({ eventId: idA, purposeId, at, action: 'grant', actor: 'guardian' })
          const w = event({ eventId: idB, purposeId, at, action: 'withdraw' })
          const state = deriveConsentState(withdrawFirst ? [w, g] : [g, w], context())
          expect(state[purposeId]?.status).toBe('withdrawn')
          expect(state[purposeId]?.granted).toBe(false)
        },
      ),
      RUNS,
    )
  })

  it('§3.4 any arrival order and any duplicate delivery give the same state', () => {
    fc.assert(
      fc.property(
        arbLedger().chain((l) => fc.tuple(fc.constant(l), arbRedelivery(l))),
        fc.boolean(),
        ([ledger, redelivered], under14) => {
          expect(deriveConsentState(redelivered, context(under14))).toEqual(
            deriveConsentState(ledger, context(under14)),
          )
        },
      ),
      RUNS,
    )
  })

  it('§3.4 a late-arriving older grant stays in the ledger but never flips a withdrawal', () => {
    fc.assert(
      fc.property(
        arbLedger(),
        fc.constantFrom(...optionalIds),
        arbEvent(),
        fc.nat({ max: 5 }),
        (ledger, purposeId, late, earlier) => {
          const w = event({ eventId: 'withdrawal', purposeId, action: 'withdraw', at: 20 })
          const before = [...ledger.filter((e) => e.eventId !== 'withdrawal'), w]
          expect(deriveConsentState(before, context())[purposeId]?.status).toBe('withdrawn')
          const grant: ConsentEvent = {
            ...late,
            eventId: 'late-grant',
            purposeId,
            action: 'grant',
            at: 20 - earlier,
          }
          const after = [...before, grant]
          expect(deriveConsentState(after, context())[purposeId]?.status).toBe('withdrawn')
          expect(purposeHistory(mergeLedgers(before, [grant]), purposeId)).toContainEqual(grant)
        },
      ),
      RUNS,
    )
  })

  it('§7.3 a bulk grant never grants a separate-consent purpose', () => {
    fc.assert(
      fc.property(arbLedger(), fc.boolean(), (ledger, under14) => {
        const state = deriveConsentState(ledger, context(under14))
        for (const id of separateIds) {
          const s = state[id]
          if (s?.decidedBy?.action === 'grant') expect(s.decidedBy.bulk).toBe(false)
        }
        const onlyBulk = ledger.map((e) => (e.action === 'grant' ? { ...e, bulk: true } : e))
        const bulkState = deriveConsentState(onlyBulk, context(under14))
        for (const id of separateIds) expect(bulkState[id]?.granted).toBe(false)
      }),
      RUNS,
    )
  })

  it('§1.6 §12.2 under 14 nothing optional counts without the guardian', () => {
    // Often add a current guardian consent, so that guardian-made grants do count sometimes.
    const arbGuardian = fc.option(
      fc
        .integer({ min: 0, max: 12 })
        .map((at) =>
          event({ eventId: 'guardian', purposeId: 'guardian-consent', actor: 'guardian', at }),
        ),
    )
    fc.assert(
      fc.property(arbLedger(), arbGuardian, (events, guardianGrant) => {
        const ledger = [
          ...events.filter((e) => e.eventId !== 'guardian'),
          ...(guardianGrant ? [guardianGrant] : []),
        ]
        const state = deriveConsentState(ledger, context(true))
        const guardian = state['guardian-consent']
        for (const id of optionalIds) {
          const s = state[id]
          if (!s?.granted) continue
          expect(s.decidedBy?.actor).toBe('guardian')
          expect(guardian?.granted).toBe(true)
          expect(guardian?.decidedBy?.actor).toBe('guardian')
        }
        if (!guardian?.granted) {
          expect(state['req-contract']?.status).toBe('needs-guardian')
          expect(state['req-contract']?.granted).toBe(false)
        }
        // §3.8(b): a legal obligation does not depend on anyone's consent.
        expect(state['req-legal']?.status).toBe('necessary')
        const childOnly = ledger.map((e) => ({ ...e, actor: 'user' as const }))
        const childState = deriveConsentState(childOnly, context(true))
        for (const id of optionalIds) expect(childState[id]?.granted).toBe(false)
      }),
      RUNS,
    )
  })

  it('§12.2 a grant the guardian made counts once the guardian consent is current', () => {
    const g = event({ eventId: 'g', purposeId: 'guardian-consent', actor: 'guardian', at: 1 })
    const a = event({ eventId: 'a', purposeId: 'opt-a', actor: 'guardian', at: 2 })
    const b = event({ eventId: 'b', purposeId: 'opt-b', actor: 'user', at: 3 })
    const state = deriveConsentState([g, a, b], context(true))
    expect(state['guardian-consent']?.status).toBe('granted')
    expect(state['opt-a']?.status).toBe('granted')
    expect(state['opt-b']?.status).toBe('needs-guardian')
    expect(state['req-contract']?.status).toBe('necessary')
    const withdrawn = event({
      eventId: 'gw',
      purposeId: 'guardian-consent',
      action: 'withdraw',
      at: 4,
    })
    const after = deriveConsentState([g, a, b, withdrawn], context(true))
    expect(after['opt-a']?.status).toBe('needs-guardian')
    expect(after['guardian-consent']?.status).toBe('withdrawn')
  })

  it('§14.1 re-consent only for purposes whose paragraphs changed since their grant', () => {
    fc.assert(
      fc.property(arbLedger(), (ledger) => {
        const state = deriveConsentState(ledger, context())
        const changed: Record<string, readonly string[] | undefined> = {
          v3: [],
          v2: ['3.4', '7.3'],
          v1: ['3.4', '7.3', '11.1', '12.2'],
        }
        for (const id of optionalIds) {
          const s = state[id]
          const d = s?.decidedBy
          if (d?.action !== 'grant') continue
          const since = changed[d.policyVersion]
          const affected =
            since === undefined || purposeOf(id)?.policyRefs.some((r) => since.includes(r))
          expect(s?.status).toBe(affected ? 'needs-reconsent' : 'granted')
          if (d.policyVersion === CURRENT) expect(s?.status).toBe('granted')
        }
      }),
      RUNS,
    )
  })

  it('§14.1 a grant under a version the policy history does not know needs re-consent', () => {
    const state = deriveConsentState([event({ policyVersion: 'v0' })], context())
    expect(state['opt-a']?.status).toBe('needs-reconsent')
    const untouched = deriveConsentState(
      [event({ purposeId: 'opt-b', policyVersion: 'v2' })],
      context(),
    )
    expect(untouched['opt-b']?.status).toBe('granted')
  })
})
