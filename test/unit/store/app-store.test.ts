import { languageFromSystem } from '../../../src/i18n'
import { createMemoryStorage } from '../../../src/services/fakes/memory-storage'
import { persistKey, persistVersion } from '../../../src/store/persistence'
import { isGranted, selectConsentState } from '../../../src/store/selectors'
import { buildTestStore, grantEvent } from '../../support/store'

const saved = (state: unknown, version = persistVersion) =>
  createMemoryStorage({ [persistKey]: JSON.stringify({ state, version }) })

describe('app store', () => {
  it('§1.5 a fresh store grants no optional purpose: unknown means not granted', () => {
    const { store } = buildTestStore()
    const state = selectConsentState(store.getState())
    const granted = Object.values(state).filter((s) => s.granted && s.status !== 'necessary')
    expect(granted).toEqual([])
    expect(state['marketing-sms']?.status).toBe('not-set')
  })

  it('§3.4(c) records a grant and a withdrawal from the app; the withdrawal wins at once', () => {
    let t = 1_000
    const { store } = buildTestStore({ now: () => t })
    const grant = store.getState().recordChoice({
      purposeIds: ['marketing-sms'],
      action: 'grant',
      source: 'consent-center',
    })
    expect(grant.ok).toBe(true)
    expect(isGranted(store.getState(), 'marketing-sms')).toBe(true)
    // Same millisecond: the withdrawal still supersedes (nextEventTime).
    const withdraw = store.getState().recordChoice({
      purposeIds: ['marketing-sms'],
      action: 'withdraw',
      source: 'consent-center',
    })
    expect(withdraw.ok).toBe(true)
    expect(isGranted(store.getState(), 'marketing-sms')).toBe(false)
    expect(store.getState().ledger).toHaveLength(2)
    t += 1
  })

  it('§1.5 §14.1 the answer to the notice is recorded in the ledger with its policy version', () => {
    const { store } = buildTestStore()
    store.getState().decideNotice('accepted')
    const [event] = store.getState().ledger
    expect(event).toMatchObject({
      purposeId: 'privacy-notice',
      action: 'grant',
      source: 'notice',
      policyVersion: store.getState().notice?.policyVersion,
    })
    expect(store.getState().unsynced).toEqual([event?.eventId])
    // It is necessary processing: no switch can record it from anywhere else.
    const elsewhere = store.getState().recordChoice({
      purposeIds: ['privacy-notice'],
      action: 'withdraw',
      source: 'consent-center',
    })
    expect(elsewhere).toMatchObject({ ok: false, code: 'required-purpose' })
  })

  it('§7.3 refuses a bulk grant that includes a separate-consent purpose', () => {
    const { store } = buildTestStore()
    const result = store.getState().recordChoice({
      purposeIds: ['marketing-email', 'precise-location'],
      action: 'grant',
      source: 'consent-center',
      bulk: true,
    })
    expect(result).toEqual({
      ok: false,
      code: 'separate-consent-in-bulk',
      purposeIds: ['precise-location'],
    })
    expect(store.getState().ledger).toEqual([])
  })

  it('§1.5 persists the ledger and restores it in a new store', () => {
    const first = buildTestStore()
    first.store.getState().recordChoice({
      purposeIds: ['marketing-email'],
      action: 'grant',
      source: 'consent-center',
    })
    const second = buildTestStore({ storage: first.storage })
    expect(isGranted(second.store.getState(), 'marketing-email')).toBe(true)
    expect(second.store.getState().deviceId).toBe(first.store.getState().deviceId)
    expect(second.store.getState().storageIssue).toBeNull()
  })

  it('§8.2 corrupted storage falls back to nothing granted, is reported and does not crash', () => {
    const storage = createMemoryStorage({ [persistKey]: '{"state": {"ledger": [tru' })
    const { store, reports } = buildTestStore({ storage })
    expect(store.getState().storageIssue).toBe('unreadable')
    expect(reports).toContain('storage-unreadable')
    expect(store.getState().ledger).toEqual([])
  })

  it('§8.2 malformed events are dropped, never guessed into grants', () => {
    const good = grantEvent('marketing-post', 5)
    const storage = saved({
      ledger: [good, { ...good, eventId: 'x', action: 'maybe' }, 'garbage', null],
      lang: 'klingon',
    })
    const { store, reports } = buildTestStore({ storage })
    expect(store.getState().ledger).toEqual([good])
    expect(store.getState().storageIssue).toBe('corrupted')
    expect(reports).toContain('storage-corrupted')
    expect(store.getState().lang).toBe('zh-CN')
  })

  it('§8.2 a storage that throws on read starts empty and reports it', () => {
    const storage = createMemoryStorage()
    storage.failReads(true)
    const { store, reports } = buildTestStore({ storage })
    expect(store.getState().ledger).toEqual([])
    expect(store.getState().storageIssue).toBe('unreadable')
    expect(reports).toContain('storage-unreadable')
  })

  it('§1.3 state saved by an older version is migrated through the same sanitiser', () => {
    const good = grantEvent('marketing-email', 10)
    const { store } = buildTestStore({ storage: saved({ ledger: [good, 42] }, 0) })
    expect(store.getState().ledger).toEqual([good])
  })

  it('§15.1 the language follows WeChat first, and the user’s choice persists', () => {
    expect(languageFromSystem('zh_CN')).toBe('zh-CN')
    expect(languageFromSystem('zh_TW')).toBe('zh-CN')
    expect(languageFromSystem('en')).toBe('en')
    expect(languageFromSystem(undefined)).toBe('en')
    const first = buildTestStore()
    first.store.getState().setLang('en')
    const second = buildTestStore({ storage: first.storage })
    expect(second.store.getState().lang).toBe('en')
    expect(second.store.getState().langChosen).toBe(true)
  })

  it('§3.4 merging a server ledger never reverses a newer withdrawal', () => {
    const { store } = buildTestStore()
    const withdraw = grantEvent('marketing-sms', 200, { action: 'withdraw' })
    store.getState().mergeLedger([withdraw])
    store.getState().mergeLedger([grantEvent('marketing-sms', 100)])
    expect(isGranted(store.getState(), 'marketing-sms')).toBe(false)
    expect(store.getState().ledger).toHaveLength(2)
  })
})
