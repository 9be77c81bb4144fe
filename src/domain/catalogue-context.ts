/**
 * The consent rules wired to the real catalogue and policy history: one place, shared by the
 * app's store and the mock backend, so both derive the same state from the same ledger.
 */
import { currentPolicyVersion, policyVersionHistory } from '../catalogue/policy/versions'
import { purposes } from '../catalogue/purposes'
import type { ConsentContext } from './ledger'
import { changedParagraphsSince, isAffectedBy } from './policy-version'

export function catalogueConsentContext(subjectUnder14: boolean): ConsentContext {
  return {
    purposes,
    currentPolicyVersion: currentPolicyVersion.version,
    // §14.1: an unknown version counts as everything changed.
    changedParagraphsSince: (version) =>
      changedParagraphsSince(version, policyVersionHistory, currentPolicyVersion),
    isAffectedBy,
    subjectUnder14,
  }
}
