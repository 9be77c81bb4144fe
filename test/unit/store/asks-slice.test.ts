import { ASK_QUIET_MS, askKey } from '../../../src/domain/ask-memory'
import { createMemoryStorage } from '../../../src/services/fakes/memory-storage'
import { persistKey, persistVersion, sanitizePersisted } from '../../../src/store/persistence'
import { buildTestStore } from '../../support/store'

const t0 = Date.UTC(2026, 10, 24, 8)

describe('asks slice (§2.4)', () => {
  it('48-hour rule: a refusal survives a restart and still silences the ask', () => {
    let now = t0
    const storage = createMemoryStorage()
    buildTestStore({ storage, now: () => now })
      .store.getState()
      .rememberRefusal(askKey.consent('wifi-tracking'))
    now += ASK_QUIET_MS - 1
    const restarted = buildTestStore({ storage, now: () => now }).store
    expect(restarted.getState().isQuiet('consent:wifi-tracking')).toBe(true)
    now += 1
    expect(restarted.getState().isQuiet('consent:wifi-tracking')).toBe(false)
  })

  it('the sanitiser keeps well-formed refusals only and never turns them into anything else', () => {
    const { state, corrupted } = sanitizePersisted({
      refusals: {
        'consent:receipt-photos': t0,
        'scope:scope.userLocation': t0,
        'consent:x': 'yesterday',
        '<script>': t0,
        'scope:y': Number.NaN,
      },
    })
    expect(corrupted).toBe(false)
    expect(state.refusals).toEqual({ 'consent:receipt-photos': t0, 'scope:scope.userLocation': t0 })
    expect(sanitizePersisted({ refusals: [1, 2] }).state.refusals).toBeUndefined()
  })

  it('a saved state without refusals (older builds) starts with none', () => {
    const storage = createMemoryStorage({
      [persistKey]: JSON.stringify({ state: { lang: 'en' }, version: persistVersion }),
    })
    const { store } = buildTestStore({ storage })
    expect(store.getState().refusals).toEqual({})
  })

  it('an ask is answered once, by the screen of its own purpose', () => {
    const { store } = buildTestStore()
    store.getState().startAsk('receipt-photos')
    store.getState().answerAsk('licence-plates', 'granted')
    expect(store.getState().pendingAsk).toEqual({ purposeId: 'receipt-photos', answer: null })
    store.getState().answerAsk('receipt-photos', 'refused')
    store.getState().answerAsk('receipt-photos', 'granted')
    expect(store.getState().pendingAsk).toEqual({ purposeId: 'receipt-photos', answer: 'refused' })
  })

  it("WeChat's privacy ask reports exposure once, however many pages show the popup", () => {
    const { store } = buildTestStore()
    const seen: string[] = []
    store.getState().openPrivacyAsk((r) => seen.push(r.event), 'getLocation')
    store.getState().markPrivacyExposed()
    store.getState().markPrivacyExposed()
    expect(seen).toEqual(['exposureAuthorization'])
  })
})
