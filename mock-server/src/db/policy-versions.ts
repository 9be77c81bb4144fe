/**
 * §14.1: the policy versions the backend published after the text shipped with the code. The
 * chain in force is the shipped history followed by these rows, oldest first.
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

/**
 * Created here rather than as a numbered migration step: an additive table that nothing else
 * joins, and IF NOT EXISTS makes it safe on every start and on databases of any step.
 */
export function ensurePolicyVersionsTable(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS policy_versions (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      version TEXT NOT NULL UNIQUE,
      published_at INTEGER NOT NULL,
      changed_paragraphs_json TEXT NOT NULL
    );
  `)
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
