import { purposes } from '../catalogue/purposes'
import type { Purpose } from '../catalogue/types'
import { catalogueConsentContext } from '../domain/catalogue-context'
import type { ConsentEvent } from '../domain/consent-event'
import { type ConsentState, deriveConsentState } from '../domain/ledger'
import { isUnder14 } from '../domain/minors'
import { beijingDate } from '../domain/beijing-time'
import type { AppState } from './app-state'

let memo:
  | {
      ledger: readonly ConsentEvent[]
      under14: boolean
      newer: AppState['newerPolicy']
      state: ConsentState
    }
  | undefined

/**
 * Every purpose's state, derived from the ledger (memoised on the ledger's identity, which the
 * store replaces on every change). Unknown means not granted.
 */
/** §1.6, §12: the user said they are under 14. */
export function selectUnder14(s: AppState, now: number = Date.now()): boolean {
  return s.birthDate ? isUnder14(s.birthDate, beijingDate(now)) : false
}

/**
 * §1.6, §12.2: a child whose guardian has not given separate consent yet. Until then only the
 * guardian's own choices may leave the device.
 */
export function selectAwaitingGuardian(s: AppState, now: number = Date.now()): boolean {
  return selectUnder14(s, now) && selectConsentState(s, now)['guardian-consent']?.granted !== true
}

export function selectConsentState(s: AppState, now: number = Date.now()): ConsentState {
  const under14 = selectUnder14(s, now)
  const newer = s.newerPolicy
  if (memo && memo.ledger === s.ledger && memo.under14 === under14 && memo.newer === newer) {
    return memo.state
  }
  // §14.1: the backend's newer versions count as much as a new build.
  const state = deriveConsentState(s.ledger, catalogueConsentContext(under14, newer))
  memo = { ledger: s.ledger, under14, newer, state }
  return state
}

export const optionalPurposes: readonly Purpose[] = purposes.filter((p) => !p.required)

export function selectGrantedOptionalCount(s: AppState): number {
  const state = selectConsentState(s)
  return optionalPurposes.filter((p) => state[p.id]?.granted === true).length
}

export function isGranted(s: AppState, purposeId: string): boolean {
  return selectConsentState(s)[purposeId]?.granted === true
}
