import { currentPolicyVersion, policy, purposeIds } from '../../../src/catalogue'
import { computePolicyVersion } from '../../../src/domain/policy-version'
import { purposeName } from '../../../src/i18n/purpose-name'
import { createMemoryStorage } from '../../../src/services/fakes/memory-storage'
import { persistKey, persistVersion } from '../../../src/store/persistence'
import { isGranted, selectConsentState } from '../../../src/store/selectors'
import { buildTestStore, grantEvent } from '../../support/store'

/** "approximate-location" was an optional purpose until the store finder kept precise only. */
const RETIRED = 'approximate-location'
const now = currentPolicyVersion.version
const saved = (state: unknown) =>
  createMemoryStorage({ [persistKey]: JSON.stringify({ state, version: persistVersion }) })

describe('a retired purpose in saved and server ledgers', () => {
  it('§1.5 a device ledger with grants for the retired purpose loads whole; it counts for nothing and the rest stands', () => {
    const old = grantEvent(RETIRED, 10, { policyVersion: now })
    const email = grantEvent('marketing-email', 20, { policyVersion: now })
    const storage = saved({ ledger: [old, email], unsynced: [old.eventId] })
    const { store, reports } = buildTestStore({ storage })
    expect(purposeIds).not.toContain(RETIRED)
    // Nothing dropped: the event stays in the history and still travels to the server.
    expect(store.getState().ledger).toEqual([old, email])
    expect(store.getState().unsynced).toEqual([old.eventId])
    expect(store.getState().storageIssue).toBeNull()
    expect(reports).toEqual([])
    const state = selectConsentState(store.getState())
    expect(state[RETIRED]).toBeUndefined()
    expect(isGranted(store.getState(), RETIRED)).toBe(false)
    expect(isGranted(store.getState(), 'marketing-email')).toBe(true)
    // It never stands in for the precise location, which needs its own separate consent (§7.3).
    expect(state['precise-location']?.status).toBe('not-set')
  })

  it('§1.5 a server ledger holding the retired purpose merges without error and changes nothing else', () => {
    const { store } = buildTestStore()
    const precise = grantEvent('precise-location', 30, { policyVersion: now })
    store.getState().mergeLedger([grantEvent(RETIRED, 10, { policyVersion: now }), precise])
    expect(store.getState().ledger).toHaveLength(2)
    expect(isGranted(store.getState(), 'precise-location')).toBe(true)
    expect(isGranted(store.getState(), RETIRED)).toBe(false)
  })

  it('§14.1 retiring an optional purpose changes no policy version, so no one is asked to consent again', () => {
    expect(computePolicyVersion(policy)).toEqual(currentPolicyVersion)
    const { store } = buildTestStore()
    store.getState().mergeLedger([grantEvent('receipt-photos', 30, { policyVersion: now })])
    expect(selectConsentState(store.getState())['receipt-photos']?.status).toBe('granted')
  })

  it('§10.1(a) the history names the retired purpose rather than showing its bare id', () => {
    expect(purposeName(RETIRED, 'zh-CN')).toBe('大致位置（已停用）')
    expect(purposeName(RETIRED, 'en')).toBe('Approximate location (retired)')
  })
})
