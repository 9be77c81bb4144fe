/**
 * The consent rules wired to the real catalogue and policy history: one place, shared by the
 * app's store and the mock backend, so both derive the same state from the same ledger.
 */
import { currentPolicyVersion, policyVersionHistory } from '../catalogue/policy/versions'
import { purposes } from '../catalogue/purposes'
import type { ConsentContext } from './ledger'
import { policyChain, type PolicyChain, type PublishedPolicyVersion } from './policy-chain'
import { isAffectedBy } from './policy-version'

/**
 * §14.1: the policy in force: this build's, followed by the versions the backend published
 * after it (none: the build's own version).
 */
export function cataloguePolicyChain(newer: readonly PublishedPolicyVersion[] = []): PolicyChain {
  return policyChain({ history: policyVersionHistory, current: currentPolicyVersion }, newer)
}

export function catalogueConsentContext(
  subjectUnder14: boolean,
  newer: readonly PublishedPolicyVersion[] = [],
): ConsentContext {
  const chain = cataloguePolicyChain(newer)
  return {
    purposes,
    currentPolicyVersion: chain.currentVersion,
    // §14.1: an unknown version counts as everything changed.
    changedParagraphsSince: (version) => chain.changedParagraphsSince(version),
    isAffectedBy,
    subjectUnder14,
  }
}
