/**
 * The consent rules wired to the real catalogue and policy history: one place, shared by the
 * app's store and the mock backend, so both derive the same state from the same ledger.
 */
import { currentPolicyVersion, policyVersionHistory } from '../catalogue/policy/versions'
import { purposes } from '../catalogue/purposes'
import type { ConsentContext } from './ledger'
import { changedParagraphs, isAffectedBy } from './policy-version'

/** §14.1: paragraphs changed since `version`; undefined (= everything) for an unknown version. */
export function changedParagraphsSince(version: string): ReadonlySet<string> | undefined {
  const from = policyVersionHistory.find((r) => r.version === version)
  return from ? changedParagraphs(from, currentPolicyVersion) : undefined
}

export function catalogueConsentContext(subjectUnder14: boolean): ConsentContext {
  return {
    purposes,
    currentPolicyVersion: currentPolicyVersion.version,
    changedParagraphsSince,
    isAffectedBy,
    subjectUnder14,
  }
}
