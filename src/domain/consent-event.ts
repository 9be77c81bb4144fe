/**
 * The consent ledger's vocabulary. Pure types: the app, the store and the mock backend all
 * speak these. The rules that derive state from events live in ./ledger.ts.
 */

export type ConsentAction = 'grant' | 'withdraw'

/** Who gave the consent: the user, or for a child under 14 the guardian (§1.6, §12.2). */
export type ConsentActor = 'user' | 'guardian'

/**
 * Where the choice was made. The §3.4 opt-out paths all land in the same ledger:
 * (a) sms-reply, (b) unsubscribe-link, (c) the app's own screens, (d) call-centre, (e) dpo.
 */
export const consentSources = [
  'notice',
  'consent-center',
  'separate-consent',
  'just-in-time',
  'marketing-preferences',
  're-consent',
  'guardian-flow',
  'unsubscribe-link',
  'sms-reply',
  'call-centre',
  'dpo',
  'rights-request',
  'deregistration',
] as const
export type ConsentSource = (typeof consentSources)[number]

/**
 * One entry of the append-only ledger. Nothing is ever edited or removed; the current state
 * of a purpose is derived from all of its events.
 */
export interface ConsentEvent {
  /** Client-generated, globally unique: the idempotency key end to end. */
  readonly eventId: string
  readonly purposeId: string
  readonly action: ConsentAction
  /** The policy version shown when the choice was made. */
  readonly policyVersion: string
  /** Epoch milliseconds when the choice was made. */
  readonly at: number
  readonly source: ConsentSource
  readonly deviceId: string
  readonly actor: ConsentActor
  /**
   * Given through a bulk control ("allow all optional"). A bulk grant never counts for a
   * separate-consent purpose (§7.3, PIPL Art. 29).
   */
  readonly bulk: boolean
  /**
   * §1.6, §12.2: who gave a guardian's choice: the guardian's phone as verified by SMS code,
   * masked ("138****5678"). Only on actor 'guardian' events from the guardian flow.
   */
  readonly guardianPhone?: string
}

/** Why a purpose is (not) granted right now. */
export type PurposeStatus =
  | 'granted'
  | 'withdrawn'
  /** No event, or only events that cannot count: unknown means not granted. */
  | 'not-set'
  /** §14.1: granted under an older policy whose relevant paragraphs changed. */
  | 'needs-reconsent'
  /** §1.6, §12.2: a user under 14 without the guardian's separate consent. */
  | 'needs-guardian'
  /** Necessary for the service (contract or legal obligation): no switch. */
  | 'necessary'

export interface PurposeState {
  readonly purposeId: string
  readonly granted: boolean
  readonly status: PurposeStatus
  /** The event the state was derived from, if any. */
  readonly decidedBy?: ConsentEvent
}
