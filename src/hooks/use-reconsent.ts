import { useState } from 'react'
import { currentPolicyVersion, policyVersionHistory } from '../catalogue/policy/versions'
import { purposes } from '../catalogue/purposes'
import type { Purpose } from '../catalogue/types'
import { changedParagraphsSince, isAffectedBy } from '../domain/policy-version'
import { reconsentPlan, type ReconsentPlan } from '../domain/reconsent'
import { selectConsentState } from '../store/selectors'
import { useAppStore, useAppStoreApi } from '../store/store-context'
import { useMinor } from './use-minor'
import { useNavigation } from './use-navigation'

// Document order (the generated record lists paragraphs as the policy does); the full text
// stays in the policy subpackage, out of the main package.
const allParagraphs = Object.keys(currentPolicyVersion.paragraphHashes)

/** §14.1: the plan for the current ledger against the policy in this build. */
export function currentReconsentPlan(state: ReturnType<typeof selectConsentState>): ReconsentPlan {
  return reconsentPlan(state, purposes, {
    changedParagraphsSince: (v) =>
      changedParagraphsSince(v, policyVersionHistory, currentPolicyVersion),
    isAffectedBy,
    allParagraphs,
  })
}

/**
 * "What changed" (§14.1): the changed sections and only the purposes they affect. The plan is
 * taken when the screen opens so a purpose stays on screen after the user answers it.
 */
export function useReconsent() {
  const store = useAppStoreApi()
  const { go } = useNavigation()
  const { under14 } = useMinor()
  const state = useAppStore((s) => selectConsentState(s))
  const guest = useAppStore((s) => s.notice?.decision !== 'accepted')
  const [plan] = useState(() => currentReconsentPlan(selectConsentState(store.getState())))

  function toggle(purpose: Purpose, on: boolean) {
    if (!on) {
      store.getState().recordChoice({
        purposeIds: [purpose.id],
        action: 'withdraw',
        source: 're-consent',
      })
      return
    }
    if (guest) return go({ page: 'notice' })
    // §12.2: a child's choices are the guardian's.
    if (under14) return go({ page: 'guardian' })
    // §7.3: a separate consent is asked again on its own screen.
    if (purpose.separateConsent) return go({ page: 'separate-consent', purpose: purpose.id })
    store
      .getState()
      .recordChoice({ purposeIds: [purpose.id], action: 'grant', source: 're-consent' })
  }

  return { plan, state, guest, toggle, version: currentPolicyVersion.version }
}
