import fc from 'fast-check'
import {
  bulkGrantablePurposes,
  createConsentEvents,
  deriveConsentState,
  type ConsentChoice,
  type ConsentDeps,
} from '../../../src/domain/ledger'
import {
  CURRENT,
  RUNS,
  arbLedger,
  context,
  optionalIds,
  requiredIds,
  separateIds,
  testPurposes,
} from './ledger-fixtures'

const deps = (now = 5): ConsentDeps => {
  let n = 0
  return { now: () => now, newId: () => `new-${(n += 1)}`, deviceId: 'device' }
}

const choice = (over: Partial<ConsentChoice>): ConsentChoice => ({
  purposeIds: ['opt-a'],
  action: 'grant',
  bulk: false,
  source: 'consent-center',
  actor: 'user',
  policyVersion: CURRENT,
  purposes: testPurposes,
  ledger: [],
  ...over,
})

const bulkable = bulkGrantablePurposes(testPurposes).map((p) => p.id)

describe('bulkGrantablePurposes', () => {
  it('§7.3 "allow all optional" never includes a separate-consent or a required purpose', () => {
    expect(bulkable.sort()).toEqual(['opt-a', 'opt-b'])
  })
})

describe('createConsentEvents', () => {
  it('§7.3 rejects a bulk grant that includes a separate-consent purpose', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...optionalIds), { minLength: 1 }), (ids) => {
        const result = createConsentEvents(choice({ purposeIds: ids, bulk: true }), deps())
        const separate = ids.filter((id) => separateIds.includes(id))
        if (separate.length > 0) {
          expect(result).toEqual({
            ok: false,
            error: { code: 'separate-consent-in-bulk', purposeIds: separate },
          })
        } else {
          expect(result.ok).toBe(true)
        }
      }),
      RUNS,
    )
  })

  it('§3.8 rejects any choice about a required purpose: there is no consent to give', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...optionalIds, ...requiredIds), { minLength: 1 }),
        fc.constantFrom('grant' as const, 'withdraw' as const),
        fc.boolean(),
        (ids, action, bulk) => {
          const result = createConsentEvents(choice({ purposeIds: ids, action, bulk }), deps())
          const required = ids.filter((id) => requiredIds.includes(id))
          if (required.length > 0) {
            expect(result).toEqual({
              ok: false,
              error: { code: 'required-purpose', purposeIds: required },
            })
          }
        },
      ),
      RUNS,
    )
  })

  it('§3.4 withdrawing in bulk is always allowed, separate-consent purposes included', () => {
    fc.assert(
      fc.property(
        arbLedger(),
        fc.uniqueArray(fc.constantFrom(...optionalIds), { minLength: 1 }),
        fc.integer({ min: -10, max: 20 }),
        (ledger, ids, now) => {
          const result = createConsentEvents(
            choice({ purposeIds: ids, action: 'withdraw', bulk: true, ledger }),
            deps(now),
          )
          if (!result.ok) throw new Error(result.error.code)
          const state = deriveConsentState([...ledger, ...result.value], context())
          for (const id of ids) expect(state[id]?.status).toBe('withdrawn')
        },
      ),
      RUNS,
    )
  })

  it('§7.3 a separate consent is given alone, and then it counts', () => {
    const two = createConsentEvents(choice({ purposeIds: ['sep-s', 'opt-a'] }), deps())
    expect(two).toEqual({
      ok: false,
      error: { code: 'separate-consent-not-alone', purposeIds: ['sep-s'] },
    })
    const one = createConsentEvents(choice({ purposeIds: ['sep-s'] }), deps())
    if (!one.ok) throw new Error(one.error.code)
    expect(deriveConsentState(one.value, context())['sep-s']?.status).toBe('granted')
  })

  it('§12.2 only the guardian gives the guardian consent', () => {
    const byChild = createConsentEvents(choice({ purposeIds: ['guardian-consent'] }), deps())
    expect(byChild).toEqual({
      ok: false,
      error: { code: 'guardian-only', purposeIds: ['guardian-consent'] },
    })
    const byGuardian = createConsentEvents(
      choice({ purposeIds: ['guardian-consent'], actor: 'guardian', source: 'guardian-flow' }),
      deps(),
    )
    expect(byGuardian.ok).toBe(true)
  })

  it('rejects nothing chosen and unknown purposes as values, never by throwing', () => {
    expect(createConsentEvents(choice({ purposeIds: [] }), deps())).toEqual({
      ok: false,
      error: { code: 'no-purposes', purposeIds: [] },
    })
    expect(createConsentEvents(choice({ purposeIds: ['opt-a', 'nope'] }), deps())).toEqual({
      ok: false,
      error: { code: 'unknown-purpose', purposeIds: ['nope'] },
    })
  })

  it('§3.4 a new choice supersedes what the device knows, even with a slow clock', () => {
    fc.assert(
      fc.property(
        arbLedger(),
        fc.constantFrom(...bulkable),
        fc.integer({ min: -10, max: 20 }),
        fc.constantFrom('grant' as const, 'withdraw' as const),
        (ledger, id, now, action) => {
          const result = createConsentEvents(
            choice({ purposeIds: [id, id], action, ledger }),
            deps(now),
          )
          if (!result.ok) throw new Error(result.error.code)
          expect(result.value).toHaveLength(1)
          const [e] = result.value
          expect(e).toMatchObject({ purposeId: id, action, deviceId: 'device', eventId: 'new-1' })
          const state = deriveConsentState([...ledger, ...result.value], context())
          expect(state[id]?.status).toBe(action === 'grant' ? 'granted' : 'withdrawn')
        },
      ),
      RUNS,
    )
  })
})
