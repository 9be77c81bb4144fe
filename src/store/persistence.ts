import { consentSources, type ConsentEvent } from '../domain/consent-event'
import { languages } from '../catalogue/types'
import type { AppState } from './app-state'
import { sanitizeDrafts } from './drafts-slice'

export const persistKey = 'indigo.app'
export const persistVersion = 1

/** What survives a restart, always in this order (equal states are written as equal text). */
const persistedFields = [
  'deviceId',
  'ledger',
  'unsynced',
  'notice',
  'birthDate',
  'newerPolicy',
  'lang',
  'langChosen',
  'session',
  'refusals',
  'drafts',
] as const satisfies readonly (keyof AppState)[]

/** What survives a restart. Sync status and storage problems are recomputed. */
export type PersistedState = Pick<AppState, (typeof persistedFields)[number]>

/** The persisted fields, always in one order, so equal states are written as equal text. */
export function pickPersisted(s: PersistedState): PersistedState {
  const out: Record<string, unknown> = {}
  for (const key of persistedFields) out[key] = s[key]
  return out as PersistedState
}

const sources: readonly string[] = consentSources

function isConsentEvent(value: unknown): value is ConsentEvent {
  if (typeof value !== 'object' || value === null) return false
  const e = value as Record<string, unknown>
  return (
    typeof e.eventId === 'string' &&
    typeof e.purposeId === 'string' &&
    (e.action === 'grant' || e.action === 'withdraw') &&
    typeof e.policyVersion === 'string' &&
    typeof e.at === 'number' &&
    Number.isFinite(e.at) &&
    typeof e.source === 'string' &&
    sources.includes(e.source) &&
    typeof e.deviceId === 'string' &&
    (e.actor === 'user' || e.actor === 'guardian') &&
    typeof e.bulk === 'boolean' &&
    (e.guardianPhone === undefined || typeof e.guardianPhone === 'string')
  )
}

/**
 * Keeps only what is well-formed. A malformed event is dropped rather than guessed at: a
 * dropped grant means "not granted", which is the safe side; the server's copy of the ledger
 * restores real events at the next reconciliation.
 */
export function sanitizePersisted(raw: unknown): {
  state: Partial<PersistedState>
  corrupted: boolean
} {
  if (typeof raw !== 'object' || raw === null) return { state: {}, corrupted: raw != null }
  const r = raw as Record<string, unknown>
  const state: Partial<PersistedState> = {}
  let corrupted = false
  if (typeof r.deviceId === 'string' && r.deviceId) state.deviceId = r.deviceId
  if (Array.isArray(r.ledger)) {
    state.ledger = r.ledger.filter(isConsentEvent)
    corrupted ||= state.ledger.length !== r.ledger.length
  } else if (r.ledger !== undefined) corrupted = true
  if (Array.isArray(r.unsynced)) {
    // Only ids of events we still hold can be pending.
    const held = new Set((state.ledger ?? []).map((e) => e.eventId))
    state.unsynced = r.unsynced.filter((id): id is string => typeof id === 'string' && held.has(id))
  }
  const n = r.notice as Record<string, unknown> | null | undefined
  if (
    n &&
    (n.decision === 'accepted' || n.decision === 'declined') &&
    typeof n.policyVersion === 'string' &&
    typeof n.at === 'number'
  ) {
    state.notice = { decision: n.decision, policyVersion: n.policyVersion, at: n.at }
  }
  if (typeof r.birthDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.birthDate)) {
    state.birthDate = r.birthDate
  }
  const newer = sanitizeNewerPolicy(r.newerPolicy)
  if (newer) state.newerPolicy = newer
  if (typeof r.lang === 'string' && (languages as readonly string[]).includes(r.lang)) {
    state.lang = r.lang as PersistedState['lang']
    state.langChosen = r.langChosen === true
  }
  const s = r.session as Record<string, unknown> | null | undefined
  if (s && typeof s.token === 'string' && typeof s.expiresAt === 'number') {
    state.session = { token: s.token, expiresAt: s.expiresAt }
  }
  const refusals = sanitizeRefusals(r.refusals)
  if (refusals) state.refusals = refusals
  const drafts = sanitizeDrafts(r.drafts)
  if (drafts) state.drafts = drafts
  return { state, corrupted }
}

/**
 * §14.1: the versions the backend published after this build. A bad entry drops the whole
 * list: the next sync fetches it again, and until then the build's own version applies.
 */
function sanitizeNewerPolicy(raw: unknown): PersistedState['newerPolicy'] | undefined {
  if (!Array.isArray(raw)) return undefined
  const ok = raw.every((v: unknown) => {
    if (typeof v !== 'object' || v === null) return false
    const o = v as Record<string, unknown>
    return (
      typeof o.version === 'string' &&
      typeof o.publishedAt === 'number' &&
      Array.isArray(o.changedParagraphs) &&
      o.changedParagraphs.every((id) => typeof id === 'string')
    )
  })
  return ok ? (raw as PersistedState['newerPolicy']) : undefined
}

/**
 * The 48-hour ask memory (asks-slice): only string keys with finite times survive. Losing it
 * can only mean one ask shown again, never a consent, so a bad entry is simply dropped.
 */
function sanitizeRefusals(raw: unknown): Record<string, number> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined
  const out: Record<string, number> = {}
  for (const [key, at] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof at === 'number' && Number.isFinite(at) && /^(consent|scope):[\w.-]+$/.test(key)) {
      out[key] = at
    }
  }
  return out
}

/**
 * Version steps. v1 is the first release; an older or unknown shape goes through the same
 * sanitiser, so a migration can never turn garbage into a grant.
 */
export function migratePersisted(
  persisted: unknown,
  _fromVersion: number,
): Partial<PersistedState> {
  return sanitizePersisted(persisted).state
}
