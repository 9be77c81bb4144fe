/**
 * §10.1(a): a readable summary of the personal-information export (GET /v1/me/export, or the
 * result of a completed access request). Pure; tolerant of missing parts, because an export
 * attached by hand may hold only some sections.
 */

export const exportSections = [
  'profile',
  'consents',
  'ledger',
  'rightsRequests',
  'plates',
  'receipts',
  'points',
] as const
export type ExportSection = (typeof exportSections)[number]

export interface ExportSummary {
  readonly exportedAt?: number
  /** Profile fields that hold a value (nickname, phone …), in the export's own words. */
  readonly profile: readonly { readonly field: string; readonly value: string }[]
  /** How many records each list section holds; absent sections are left out. */
  readonly counts: readonly { readonly section: ExportSection; readonly count: number }[]
  readonly pointsBalance?: number
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Finds the export in what the app was given: the export itself or `{ export: … }`. */
export function findExport(value: unknown): Record<string, unknown> | null {
  if (!isRecord(value)) return null
  if (isRecord(value['export'])) return value['export']
  return 'profile' in value || 'exportedAt' in value ? value : null
}

const profileFields = ['nickname', 'phone', 'email', 'birthDate'] as const

export function summariseExport(exp: Record<string, unknown>): ExportSummary {
  const profile = isRecord(exp['profile']) ? exp['profile'] : {}
  const counts: { section: ExportSection; count: number }[] = []
  for (const section of exportSections) {
    const v = exp[section]
    if (Array.isArray(v)) counts.push({ section, count: v.length })
    else if (section === 'points' && isRecord(v) && Array.isArray(v['history']))
      counts.push({ section, count: v['history'].length })
  }
  const points = exp['points']
  const balance = isRecord(points) ? points['balance'] : undefined
  return {
    ...(typeof exp['exportedAt'] === 'number' ? { exportedAt: exp['exportedAt'] } : {}),
    profile: profileFields
      .filter((f) => typeof profile[f] === 'string' && profile[f] !== '')
      .map((f) => ({ field: f, value: String(profile[f]) })),
    counts,
    ...(typeof balance === 'number' ? { pointsBalance: balance } : {}),
  }
}

/** The JSON a person copies or saves: stable, indented, readable. */
export function exportJson(exp: unknown): string {
  return JSON.stringify(exp, null, 2)
}
