/**
 * §14.1 re-consent: what changed in the policy since each grant, and which purposes to ask
 * again. Pure: the derived ConsentState (./ledger) already marks a grant 'needs-reconsent'
 * when a paragraph its purpose cites changed; this groups that into one "What changed" screen.
 */
import type { Purpose } from '../catalogue/types'
import type { ConsentState } from './ledger'

export interface ReconsentPlan {
  /** The purposes to ask again, in catalogue order; until answered they are not granted. */
  readonly purposes: readonly Purpose[]
  /** Changed paragraph ids ("3.4", "BF.mall-wifi") since the versions those grants were given under. */
  readonly changedParagraphs: readonly string[]
  /** Section ids ("3") holding a changed paragraph, in document order. */
  readonly changedSections: readonly string[]
  /** Per purpose, the changed paragraphs among its own policyRefs. */
  readonly reasons: Readonly<Record<string, readonly string[]>>
}

export interface ReconsentDeps {
  /** Paragraphs changed since a version; undefined for an unknown version (everything). */
  changedParagraphsSince(version: string): ReadonlySet<string> | undefined
  isAffectedBy(ref: string, changed: ReadonlySet<string>): boolean
  /** Every paragraph id of the current policy, in document order. */
  readonly allParagraphs: readonly string[]
}

function sectionOf(paragraphId: string): string {
  return paragraphId.startsWith('BF.') ? 'BF' : (paragraphId.split('.')[0] ?? paragraphId)
}

/** §14.1: only purposes whose grant is stale are asked; nothing else is touched. */
export function reconsentPlan(
  state: ConsentState,
  purposes: readonly Purpose[],
  deps: ReconsentDeps,
): ReconsentPlan {
  const asked: Purpose[] = []
  const changed = new Set<string>()
  const reasons: Record<string, string[]> = {}
  for (const p of purposes) {
    const s = state[p.id]
    if (s?.status !== 'needs-reconsent' || s.decidedBy === undefined) continue
    const since =
      deps.changedParagraphsSince(s.decidedBy.policyVersion) ?? new Set(deps.allParagraphs)
    asked.push(p)
    for (const id of since) changed.add(id)
    reasons[p.id] = p.policyRefs.filter((ref) => deps.isAffectedBy(ref, since))
  }
  const changedParagraphs = deps.allParagraphs.filter((id) => changed.has(id))
  const changedSections = [...new Set(changedParagraphs.map(sectionOf))]
  return { purposes: asked, changedParagraphs, changedSections, reasons }
}
