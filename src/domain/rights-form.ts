/**
 * A §10.1 request being written in the app: the draft, its field-by-field validation and the
 * body it becomes. Pure: the field lists come from the rights catalogue, so the form, the
 * contract and the server check the same things; "today" comes in as an argument.
 */
import {
  rightByType,
  type AttachmentKind,
  subjectFields,
  type OnBehalfOf,
  type RightsField,
  type RightsRequestType,
} from '../catalogue/rights'
import { isValidIsoDate } from './minors'
import { toHalfWidth } from './validators/normalise'
import { validateEmail, type EmailErrorCode } from './validators/email'

export type DraftValue = string | readonly string[]

/** A photo picked for a request: where the platform keeps it until it is sent (not its bytes). */
export interface DraftPhoto {
  readonly path: string
  readonly mimeType: 'image/jpeg' | 'image/png' | 'image/webp'
  readonly sizeBytes: number
}

export interface RightsDraft {
  readonly type: RightsRequestType
  readonly onBehalfOf: OnBehalfOf
  readonly subject: Readonly<Record<string, string>>
  readonly details: Readonly<Record<string, DraftValue>>
  /** §10.1(c): the person closing the account said they understand the consequences. */
  readonly confirmed: boolean
  /** §10.1: evidence for a correction; proof of relationship when acting for someone else. */
  readonly photos?: Readonly<Partial<Record<AttachmentKind, DraftPhoto>>>
  /**
   * Made once per draft and kept with it (persisted): the identity of this one submission
   * across double taps, network retries and restarts.
   */
  readonly clientKey: string
  readonly updatedAt: number
  /**
   * Set (and persisted) just before the create call: after a restart or an unclear failure the
   * app looks for the request it may already have made before it sends again.
   */
  readonly sendingSince?: number
}

export type FieldErrorCode =
  | 'required'
  | 'too-long'
  | 'bad-characters'
  | 'date-invalid'
  | 'date-in-future'
  | 'subject-not-minor'
  | 'confirm-required'
  | 'proof-required'
  | EmailErrorCode

/** Keys are `details.<id>`, `subject.<id>`, `photos.<kind>`, `onBehalfOf` or `confirmed`. */
export type FieldErrors = Readonly<Record<string, FieldErrorCode>>

const maxLength: Record<RightsField['kind'], number> = {
  text: 200,
  'long-text': 2000,
  date: 10,
  email: 254,
  purposes: 50,
  categories: 50,
  choice: 64,
}

// The contract's shortText refuses control and bidi-override characters: say so before sending.
// eslint-disable-next-line no-control-regex
const BAD_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u

export function newDraft(
  type: RightsRequestType,
  clientKey: string,
  now: number,
  preset: Readonly<Record<string, DraftValue>> = {},
): RightsDraft {
  return {
    type,
    onBehalfOf: 'self',
    subject: {},
    // A choice with a default starts with it (§10.1(a): the readable summary unless JSON only).
    details: { ...fieldDefaults(type), ...preset },
    confirmed: false,
    clientKey,
    updatedAt: now,
  }
}

function fieldDefaults(type: RightsRequestType): Record<string, DraftValue> {
  const out: Record<string, DraftValue> = {}
  for (const f of rightByType[type].fields) if (f.default !== undefined) out[f.id] = f.default
  return out
}

/** §10.1(c): closing the account (not only deleting some categories). */
export function isDeregistration(draft: {
  readonly type: RightsRequestType
  readonly details: Readonly<Record<string, unknown>>
}): boolean {
  return draft.type === 'delete-deregister' && draft.details['scope'] === 'account'
}

/**
 * §10.1(c): only closing one's own account wipes this device. A guardian closing a child's
 * account or next of kin closing a deceased member's (§10.1, §12.3) ends that account, not the
 * requester's: their own data and choices stay.
 */
export function closesOwnAccount(request: {
  readonly type: RightsRequestType
  readonly onBehalfOf: OnBehalfOf
  readonly details: Readonly<Record<string, unknown>>
}): boolean {
  return isDeregistration(request) && request.onBehalfOf === 'self'
}

/** The fields the form shows for this draft: categories only when deleting categories. */
export function visibleFields(draft: Pick<RightsDraft, 'type' | 'details'>): RightsField[] {
  const fields = rightByType[draft.type].fields
  if (draft.type !== 'delete-deregister') return [...fields]
  return fields
    .filter((f) => f.id !== 'categories' || draft.details['scope'] === 'categories')
    .map((f) => (f.id === 'categories' ? { ...f, required: true } : f))
}

export function subjectFieldsFor(onBehalfOf: OnBehalfOf): readonly RightsField[] {
  return onBehalfOf === 'self' ? [] : subjectFields[onBehalfOf]
}

/** The photos the form offers for this draft: which may go with it, and which must. */
export function photoKindsFor(
  draft: Pick<RightsDraft, 'type' | 'onBehalfOf'>,
): readonly { readonly kind: AttachmentKind; readonly required: boolean }[] {
  const kinds: { kind: AttachmentKind; required: boolean }[] = []
  if (draft.type === 'correct-supplement') kinds.push({ kind: 'evidence', required: false })
  if (draft.onBehalfOf !== 'self') kinds.push({ kind: 'relationship-proof', required: true })
  return kinds
}

/** The photos that go with the request (those of kinds no longer offered stay behind). */
export function photosToSend(draft: RightsDraft): { kind: AttachmentKind; photo: DraftPhoto }[] {
  return photoKindsFor(draft).flatMap(({ kind }) => {
    const photo = draft.photos?.[kind]
    return photo ? [{ kind, photo }] : []
  })
}

function isEmpty(value: DraftValue | undefined): boolean {
  if (value === undefined) return true
  return typeof value === 'string' ? value.trim() === '' : value.length === 0
}

function checkField(
  field: RightsField,
  value: DraftValue | undefined,
  today: string,
): FieldErrorCode | null {
  if (value === undefined || isEmpty(value)) return field.required ? 'required' : null
  if (typeof value !== 'string') return value.length > maxLength[field.kind] ? 'too-long' : null
  const text = value.trim()
  if (text.length > maxLength[field.kind]) return 'too-long'
  if (BAD_CHARS.test(text)) return 'bad-characters'
  if (field.kind === 'email') {
    const e = validateEmail(text)
    return e.ok ? null : e.code
  }
  if (field.kind === 'date') {
    const d = toHalfWidth(text)
    if (!isValidIsoDate(d) || d < '1900-01-01') return 'date-invalid'
    if (d > today) return 'date-in-future'
  }
  return null
}

/** The same date 18 years before `today`, compared as text exactly as the server does. */
function eighteenYearsBefore(today: string): string {
  return `${Number(today.slice(0, 4)) - 18}${today.slice(4)}`
}

/** Every problem of the draft, field by field (empty when it may be sent). */
export function validateDraft(draft: RightsDraft, today: string): FieldErrors {
  const errors: Record<string, FieldErrorCode> = {}
  for (const f of visibleFields(draft)) {
    const e = checkField(f, draft.details[f.id], today)
    if (e) errors[`details.${f.id}`] = e
  }
  for (const f of subjectFieldsFor(draft.onBehalfOf)) {
    const e = checkField(f, draft.subject[f.id], today)
    if (e) errors[`subject.${f.id}`] = e
  }
  // §10.1, §12.3: a guardian acts for a minor (under 18), as the server checks too.
  const birth = draft.subject['birthDate']
  if (
    draft.onBehalfOf === 'guardian-of-minor' &&
    !errors['subject.birthDate'] &&
    birth !== undefined &&
    toHalfWidth(birth.trim()) <= eighteenYearsBefore(today)
  ) {
    errors['subject.birthDate'] = 'subject-not-minor'
  }
  // §10.1: acting for a minor or the deceased needs proof of the relationship.
  for (const { kind, required } of photoKindsFor(draft)) {
    if (required && !draft.photos?.[kind]) errors[`photos.${kind}`] = 'proof-required'
  }
  if (isDeregistration(draft) && !draft.confirmed) errors['confirmed'] = 'confirm-required'
  return errors
}

function clean(field: RightsField, value: DraftValue): DraftValue {
  if (typeof value !== 'string') return [...value]
  const text = value.trim()
  if (field.kind === 'email') {
    const e = validateEmail(text)
    return e.ok ? e.value : text
  }
  return field.kind === 'date' ? toHalfWidth(text) : text
}

/** The create body of a valid draft: only the fields shown, trimmed, optional blanks left out. */
export function draftToBody(draft: RightsDraft): {
  type: RightsRequestType
  onBehalfOf: OnBehalfOf
  subject?: Record<string, string>
  details: Record<string, string | string[]>
} {
  const details: Record<string, string | string[]> = {}
  for (const f of visibleFields(draft)) {
    const v = draft.details[f.id]
    if (v !== undefined && !isEmpty(v)) details[f.id] = clean(f, v) as string | string[]
  }
  if (draft.onBehalfOf === 'self') return { type: draft.type, onBehalfOf: 'self', details }
  const subject: Record<string, string> = {}
  for (const f of subjectFieldsFor(draft.onBehalfOf)) {
    const v = draft.subject[f.id]
    if (v !== undefined && !isEmpty(v)) subject[f.id] = clean(f, v) as string
  }
  return { type: draft.type, onBehalfOf: draft.onBehalfOf, subject, details }
}

/** A clock difference between phone and server that still counts as "the same attempt". */
const SKEW_MS = 10 * 60_000

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => x === b[i])
  return a === b
}

/**
 * Whether a request the server holds is the one this draft already sent (its answer lost to
 * the network or a restart): same type, same person, same details, made since the attempt.
 */
export function isSameSubmission(
  request: {
    type: string
    onBehalfOf: string
    details: Record<string, unknown>
    submittedAt: number
  },
  draft: RightsDraft,
): boolean {
  if (draft.sendingSince === undefined) return false
  const body = draftToBody(draft)
  if (request.type !== body.type || request.onBehalfOf !== body.onBehalfOf) return false
  if (request.submittedAt < draft.sendingSince - SKEW_MS) return false
  const keys = Object.keys(body.details)
  return (
    keys.length === Object.keys(request.details).length &&
    keys.every((k) => sameValue(body.details[k], request.details[k]))
  )
}
