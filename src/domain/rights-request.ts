/**
 * §10 rights requests: types and the status workflow. Pure: time comes in as arguments.
 *
 *   submitted -> verified -> in-progress -> completed
 *                                        -> rejected (with a reason, §10.4)
 *   any open status -> cancelled (by the requester) / rejected (by INDIGO)
 *
 * §10.3: identity is verified before anything is done, and the 15-working-day clock starts
 * at verification.
 */
import type { Bilingual } from '../catalogue/types'
import { beijingDate, endOfBeijingDay } from './beijing-time'
import { countWorkingDays, type WorkingDaysCount } from './working-days'

export type { OnBehalfOf, RightsRequestType } from '../catalogue/rights'

export const rightsRequestStatuses = [
  'submitted',
  'verified',
  'in-progress',
  'completed',
  'rejected',
  'cancelled',
] as const
export type RightsRequestStatus = (typeof rightsRequestStatuses)[number]

/** §10.4: the grounds on which INDIGO may refuse a request. */
export const rejectionReasons = [
  'unreasonable', // §10.4(i), e.g. it would infringe the privacy of others
  'identity-not-verified', // §10.3
  'not-permitted-by-law',
  'duplicate',
  'other',
] as const
export type RejectionReason = (typeof rejectionReasons)[number]

export interface Rejection {
  readonly reason: RejectionReason
  readonly message: Bilingual
}

export interface StatusStep {
  readonly status: RightsRequestStatus
  /** epoch ms */
  readonly at: number
  readonly note?: string
}

/** The working days INDIGO gives itself to answer, counted from verification. */
export const RESPONSE_WORKING_DAYS = 15

export const allowedTransitions: Readonly<
  Record<RightsRequestStatus, readonly RightsRequestStatus[]>
> = {
  submitted: ['verified', 'rejected', 'cancelled'],
  verified: ['in-progress', 'rejected', 'cancelled'],
  'in-progress': ['completed', 'rejected', 'cancelled'],
  completed: [],
  rejected: [],
  cancelled: [],
}

export const finalStatuses: readonly RightsRequestStatus[] = ['completed', 'rejected', 'cancelled']

export function canTransition(from: RightsRequestStatus, to: RightsRequestStatus): boolean {
  return allowedTransitions[from].includes(to)
}

export function isOpen(status: RightsRequestStatus): boolean {
  return !finalStatuses.includes(status)
}

export interface RightsRequestState {
  readonly status: RightsRequestStatus
  readonly history: readonly StatusStep[]
  readonly verifiedAt?: number
  /** YYYY-MM-DD (Beijing): 15 working days after verification. */
  readonly dueDate?: string
  /** true when dueDate counts days whose holiday arrangement is not published: an estimate. */
  readonly dueDateEstimated?: boolean
  readonly rejection?: Rejection
}

export type TransitionError = 'invalid-transition' | 'rejection-reason-required'

export type TransitionResult<S> =
  | { readonly ok: true; readonly value: S }
  | {
      readonly ok: false
      readonly error: TransitionError
      readonly from: RightsRequestStatus
      readonly to: RightsRequestStatus
    }

/**
 * The due date for a request verified at `verifiedAt` (epoch ms), and whether it is only an
 * estimate (§10.3: the count crosses a year whose State Council arrangement is not published).
 */
export function dueDateAfterVerification(verifiedAt: number): WorkingDaysCount {
  return countWorkingDays(beijingDate(verifiedAt), RESPONSE_WORKING_DAYS)
}

/** The state's due-date fields for a verification at `verifiedAt`. */
export function dueDateFields(
  verifiedAt: number,
): Pick<RightsRequestState, 'dueDate' | 'dueDateEstimated'> {
  const due = dueDateAfterVerification(verifiedAt)
  return due.estimated ? { dueDate: due.date, dueDateEstimated: true } : { dueDate: due.date }
}

export function isOverdue(state: RightsRequestState, now: number): boolean {
  return state.dueDate !== undefined && isOpen(state.status) && now > endOfBeijingDay(state.dueDate)
}

export function newRequestState(at: number): RightsRequestState {
  return { status: 'submitted', history: [{ status: 'submitted', at }] }
}

/** Applies one workflow step; every step is timestamped in the history. */
export function transition<S extends RightsRequestState>(
  state: S,
  to: RightsRequestStatus,
  at: number,
  opts: { readonly rejection?: Rejection; readonly note?: string } = {},
): TransitionResult<S> {
  const from = state.status
  if (!canTransition(from, to)) return { ok: false, error: 'invalid-transition', from, to }
  // §10.4: a refusal always says why.
  if (to === 'rejected' && !opts.rejection)
    return { ok: false, error: 'rejection-reason-required', from, to }
  const step: StatusStep = opts.note ? { status: to, at, note: opts.note } : { status: to, at }
  const next: S = { ...state, status: to, history: [...state.history, step] }
  if (to === 'verified')
    return { ok: true, value: { ...next, verifiedAt: at, ...dueDateFields(at) } }
  if (to === 'rejected') return { ok: true, value: { ...next, rejection: opts.rejection } }
  return { ok: true, value: next }
}
