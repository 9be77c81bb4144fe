/**
 * §14.1: the policy versions the backend published after the text shipped with the code (table
 * policy_versions, migration step 7). The chain in force is the shipped history followed by
 * these rows, oldest first.
 */
import { currentPolicyVersion, policyVersionHistory } from '../../../src/catalogue/policy/versions'
import {
  builtHistory,
  type BuiltPolicy,
  type PublishedPolicyVersion,
} from '../../../src/domain/policy-chain'
import type { Db } from './open'

export const shippedPolicy: BuiltPolicy = {
  history: policyVersionHistory,
  current: currentPolicyVersion,
}

interface Row {
  version: string
  published_at: number
  changed_paragraphs_json: string
}

/** The versions published on this backend after the shipped one, oldest first. */
export function publishedAfterShipped(db: Db): PublishedPolicyVersion[] {
  return db
    .prepare<[], Row>(
      'SELECT version, published_at, changed_paragraphs_json FROM policy_versions ORDER BY seq',
    )
    .all()
    .map((r) => ({
      version: r.version,
      publishedAt: r.published_at,
      changedParagraphs: JSON.parse(r.changed_paragraphs_json) as string[],
    }))
}

/** Every version, oldest first: the shipped history, then what was published here. */
export function fullPolicyHistory(db: Db): PublishedPolicyVersion[] {
  return [...builtHistory(shippedPolicy), ...publishedAfterShipped(db)]
}

/** false when the version string is taken already. */
export function insertPolicyVersion(db: Db, v: PublishedPolicyVersion): boolean {
  const r = db
    .prepare(
      `INSERT OR IGNORE INTO policy_versions (version, published_at, changed_paragraphs_json)
       VALUES (?, ?, ?)`,
    )
    .run(v.version, v.publishedAt, JSON.stringify(v.changedParagraphs))
  return r.changes === 1
}
