import { useState } from 'react'
import { currentPolicyVersion } from '../catalogue/policy/versions'
import { purposes } from '../catalogue/purposes'
import type { Purpose } from '../catalogue/types'
import { cataloguePolicyChain } from '../domain/catalogue-context'
import type { PublishedPolicyVersion } from '../domain/policy-chain'
import { isAffectedBy } from '../domain/policy-version'
import { reconsentPlan, type ReconsentPlan } from '../domain/reconsent'
import { selectConsentState } from '../store/selectors'
import { useAppStore, useAppStoreApi } from '../store/store-context'
import { useMinor } from './use-minor'
import { useNavigation } from './use-navigation'

// Document order (the generated record lists paragraphs as the policy does); the full text
// stays in the policy subpackage, out of the main package.
const allParagraphs = Object.keys(currentPolicyVersion.paragraphHashes)

/**
 * §14.1: the plan for the current ledger against the policy in force: this build's, or a newer
 * one the backend published (`newer`, from GET /v1/policy).
 */
export function currentReconsentPlan(
  state: ReturnType<typeof selectConsentState>,
  newer: readonly PublishedPolicyVersion[] = [],
): ReconsentPlan {
  const chain = cataloguePolicyChain(newer)
  return reconsentPlan(state, purposes, {
    changedParagraphsSince: (v) => chain.changedParagraphsSince(v),
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
  const newer = useAppStore((s) => s.newerPolicy)
  const [taken, setTaken] = useState(() => ({
    newer,
    plan: currentReconsentPlan(selectConsentState(store.getState()), newer),
  }))
  // §14.1: the backend published a newer version while the screen is open: take it again.
  if (taken.newer !== newer) {
    setTaken({ newer, plan: currentReconsentPlan(selectConsentState(store.getState()), newer) })
  }
  const { plan } = taken

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

  // §14.1: the version asked about is the one in force, the server's when it is newer.
  const version = cataloguePolicyChain(newer).currentVersion
  return { plan, state, guest, toggle, version }
}
