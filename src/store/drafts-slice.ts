import type { StateCreator } from 'zustand'
import {
  onBehalfOfValues,
  rightsRequestTypes,
  type RightsRequestType,
} from '../catalogue/rights-types'
import type { DraftValue, RightsDraft } from '../domain/rights-form'
import type { AppState } from './app-state'

/**
 * Rights-request drafts, one per request type, persisted with the rest of the store: a form
 * half filled in survives the app being killed (§10.3).
 */
export interface DraftsSlice {
  drafts: Partial<Record<RightsRequestType, RightsDraft>>
  saveDraft(draft: RightsDraft): void
  clearDraft(type: RightsRequestType): void
  /**
   * §10.1(c): after deregistration nothing personal stays on the device and the app starts
   * again as on first launch (notice, language, ledger, session, drafts: everything).
   */
  resetAll(): void
}

export const createDraftsSlice =
  (newId: () => string): StateCreator<AppState, [], [], DraftsSlice> =>
  (set, get, api) => ({
    drafts: {},
    saveDraft(draft) {
      set({ drafts: { ...get().drafts, [draft.type]: draft } })
    },
    clearDraft(type) {
      const { [type]: _gone, ...rest } = get().drafts
      set({ drafts: rest })
    },
    resetAll() {
      // The state the store had before anything was loaded, with a device id never used.
      set({ ...api.getInitialState(), deviceId: newId() }, true)
    },
  })

const types: readonly string[] = rightsRequestTypes
const onBehalf: readonly string[] = onBehalfOfValues
const MAX_TEXT = 2000

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_TEXT
}

function sanitizeValues(raw: unknown): Record<string, DraftValue> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
  const out: Record<string, DraftValue> = {}
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^[A-Za-z]{1,32}$/.test(k)) continue
    if (isText(v)) out[k] = v
    else if (Array.isArray(v) && v.length <= 50 && v.every(isText)) out[k] = v
  }
  return out
}

function sanitizeDraft(type: string, raw: unknown): RightsDraft | null {
  if (typeof raw !== 'object' || raw === null) return null
  const d = raw as Record<string, unknown>
  const details = sanitizeValues(d.details)
  const subject = sanitizeValues(d.subject)
  if (
    d.type !== type ||
    typeof d.onBehalfOf !== 'string' ||
    !onBehalf.includes(d.onBehalfOf) ||
    typeof d.clientKey !== 'string' ||
    !d.clientKey ||
    typeof d.updatedAt !== 'number' ||
    !details ||
    !subject
  )
    return null
  const texts = Object.entries(subject).filter((e): e is [string, string] => isText(e[1]))
  return {
    type: type as RightsRequestType,
    onBehalfOf: d.onBehalfOf as RightsDraft['onBehalfOf'],
    subject: Object.fromEntries(texts),
    details,
    confirmed: d.confirmed === true,
    clientKey: d.clientKey,
    updatedAt: d.updatedAt,
    ...(typeof d.sendingSince === 'number' && Number.isFinite(d.sendingSince)
      ? { sendingSince: d.sendingSince }
      : {}),
  }
}

/**
 * Drafts as read back from storage: a malformed one is dropped (the person types it again),
 * never repaired into something they did not write.
 */
export function sanitizeDrafts(raw: unknown): DraftsSlice['drafts'] | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined
  const out: DraftsSlice['drafts'] = {}
  for (const [type, draft] of Object.entries(raw as Record<string, unknown>)) {
    if (!types.includes(type)) continue
    const clean = sanitizeDraft(type, draft)
    if (clean) out[type as RightsRequestType] = clean
  }
  return out
}
