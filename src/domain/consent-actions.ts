/**
 * Turning a user's choice into ledger events. The choice is checked first and refused as a value
 * (never thrown) when it breaks a rule; time and ids are injected.
 */
import type { Purpose } from '../catalogue/types'
import type { ConsentAction, ConsentActor, ConsentEvent, ConsentSource } from './consent-event'
import { GUARDIAN_CONSENT_PURPOSE_ID, NOTICE_PURPOSE_ID, nextEventTime } from './consent-rules'

export interface ConsentChoice {
  /** One id for a single switch; several for a bulk control or a saved group of switches. */
  readonly purposeIds: readonly string[]
  readonly action: ConsentAction
  /** Made through a bulk control such as "allow all optional" or "refuse all". */
  readonly bulk: boolean
  readonly source: ConsentSource
  readonly actor: ConsentActor
  /** The policy version the user was shown. */
  readonly policyVersion: string
  /** §12.2: the guardian's verified phone, masked; only with actor 'guardian'. */
  readonly guardianPhone?: string
  readonly purposes: readonly Purpose[]
  /** What this device knows already, so that the new events supersede it (nextEventTime). */
  readonly ledger: readonly ConsentEvent[]
}

export interface ConsentDeps {
  now(): number
  newId(): string
  readonly deviceId: string
}

export type ConsentErrorCode =
  /** Nothing was chosen. */
  | 'no-purposes'
  /** An id the catalogue does not know. */
  | 'unknown-purpose'
  /** §3.8: necessary processing has no consent to give or withdraw (deregistration is §10.1(c)). */
  | 'required-purpose'
  /** §7.3: a separate-consent purpose can never be granted through a bulk control. */
  | 'separate-consent-in-bulk'
  /** §7.3: a separate consent is given on its own, one purpose per choice. */
  | 'separate-consent-not-alone'
  /** §1.6, §12.2: only the guardian gives the guardian's consent. */
  | 'guardian-only'

export interface ConsentError {
  readonly code: ConsentErrorCode
  readonly purposeIds: readonly string[]
}

export type CreateConsentResult =
  | { readonly ok: true; readonly value: readonly ConsentEvent[] }
  | { readonly ok: false; readonly error: ConsentError }

/**
 * Checks a choice and, when it is allowed, returns one event per purpose (duplicates in
 * `purposeIds` collapse). Withdrawals are allowed in bulk, including separate-consent purposes:
 * saying no is always as easy as saying yes (§3.4, §10.1(d)).
 */
export function createConsentEvents(choice: ConsentChoice, deps: ConsentDeps): CreateConsentResult {
  const ids = [...new Set(choice.purposeIds)]
  const fail = (code: ConsentErrorCode, purposeIds: readonly string[]): CreateConsentResult => ({
    ok: false,
    error: { code, purposeIds },
  })
  if (ids.length === 0) return fail('no-purposes', [])

  const byId = new Map(choice.purposes.map((p) => [p.id, p]))
  const unknown = ids.filter((id) => !byId.has(id))
  if (unknown.length > 0) return fail('unknown-purpose', unknown)
  const chosen = ids.map((id) => byId.get(id)).filter((p): p is Purpose => p !== undefined)

  const fromNotice = choice.source === 'notice' || choice.source === 're-consent'
  const required = chosen
    .filter((p) => p.required && !(p.id === NOTICE_PURPOSE_ID && fromNotice))
    .map((p) => p.id)
  if (required.length > 0) return fail('required-purpose', required)

  if (choice.action === 'grant') {
    const separate = chosen.filter((p) => p.separateConsent).map((p) => p.id)
    if (choice.bulk && separate.length > 0) return fail('separate-consent-in-bulk', separate)
    if (separate.length > 0 && chosen.length > 1)
      return fail('separate-consent-not-alone', separate)
    if (ids.includes(GUARDIAN_CONSENT_PURPOSE_ID) && choice.actor !== 'guardian') {
      return fail('guardian-only', [GUARDIAN_CONSENT_PURPOSE_ID])
    }
  }

  const now = deps.now()
  const events = ids.map((purposeId): ConsentEvent => ({
    eventId: deps.newId(),
    purposeId,
    action: choice.action,
    policyVersion: choice.policyVersion,
    at: nextEventTime(choice.ledger, purposeId, now),
    source: choice.source,
    deviceId: deps.deviceId,
    actor: choice.actor,
    bulk: choice.bulk,
    ...(choice.guardianPhone !== undefined && choice.actor === 'guardian'
      ? { guardianPhone: choice.guardianPhone }
      : {}),
  }))
  return { ok: true, value: events }
}
