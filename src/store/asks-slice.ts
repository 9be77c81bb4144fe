import type { StateCreator } from 'zustand'
import { activeRefusals, type AskRefusals, isAskQuiet } from '../domain/ask-memory'
import type { PrivacyResolve } from '../services/ports'
import type { AppState } from './app-state'

/**
 * A just-in-time ask waiting for the user's answer on the separate-consent screen: the gate
 * (useConsent) starts it and watches it, the screen answers it.
 */
export interface PendingAsk {
  readonly purposeId: string
  readonly answer: 'granted' | 'refused' | null
}

/** WeChat's onNeedPrivacyAuthorization call in progress, answered by our popup. */
export interface PrivacyAsk {
  readonly resolve: PrivacyResolve
  readonly referrer: string
  /** `exposureAuthorization` is reported once per ask, whichever page shows the popup. */
  readonly exposed: boolean
}

export interface AsksSlice {
  /** Ask key -> time of the last refusal: the 48-hour no-nagging memory (persisted). */
  refusals: AskRefusals
  pendingAsk: PendingAsk | null
  privacyAsk: PrivacyAsk | null
  rememberRefusal(key: string): void
  /** True while an ask refused less than 48 hours ago must not show again by itself. */
  isQuiet(key: string): boolean
  startAsk(purposeId: string): void
  answerAsk(purposeId: string, answer: 'granted' | 'refused'): void
  endAsk(): void
  openPrivacyAsk(resolve: PrivacyResolve, referrer: string): void
  markPrivacyExposed(): void
  closePrivacyAsk(): void
}

export const createAsksSlice =
  (now: () => number): StateCreator<AppState, [], [], AsksSlice> =>
  (set, get) => ({
    refusals: {},
    pendingAsk: null,
    privacyAsk: null,
    rememberRefusal(key) {
      const at = now()
      // Stale entries go at the same time, so the persisted memory stays small.
      set({ refusals: { ...activeRefusals(get().refusals, at), [key]: at } })
    },
    isQuiet(key) {
      return isAskQuiet(get().refusals[key], now())
    },
    startAsk(purposeId) {
      set({ pendingAsk: { purposeId, answer: null } })
    },
    answerAsk(purposeId, answer) {
      const ask = get().pendingAsk
      if (!ask || ask.purposeId !== purposeId || ask.answer !== null) return
      set({ pendingAsk: { purposeId, answer } })
    },
    endAsk() {
      set({ pendingAsk: null })
    },
    openPrivacyAsk(resolve, referrer) {
      set({ privacyAsk: { resolve, referrer, exposed: false } })
    },
    markPrivacyExposed() {
      const ask = get().privacyAsk
      if (!ask || ask.exposed) return
      ask.resolve({ event: 'exposureAuthorization' })
      set({ privacyAsk: { ...ask, exposed: true } })
    },
    closePrivacyAsk() {
      set({ privacyAsk: null })
    },
  })
