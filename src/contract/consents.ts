/** §1.5, §3, §7.3, §14: the consent ledger over the wire. */
import { z } from 'zod/mini'
import { consentSources } from '../domain/consent-event'
import { bilingual, clientKey, epochMs, shortText } from './common'

export const consentEvent = z.object({
  eventId: clientKey,
  purposeId: shortText(64),
  action: z.enum(['grant', 'withdraw']),
  policyVersion: shortText(64),
  at: epochMs,
  source: z.enum(consentSources),
  deviceId: shortText(128),
  actor: z.enum(['user', 'guardian']),
  bulk: z.boolean(),
  /** §1.6, §12.2: the guardian's SMS-verified phone, masked, on a guardian's event. */
  guardianPhone: z.optional(z.string().check(z.regex(/^1[3-9]\d\*{4}\d{4}$/))),
})
export type ConsentEventDto = z.infer<typeof consentEvent>

export const postConsentEventsBody = z.object({
  events: z.array(consentEvent).check(z.minLength(1), z.maxLength(100)),
})
export type PostConsentEventsBody = z.infer<typeof postConsentEventsBody>

/** A stored ledger entry: the event plus the server's receipt and the hash chain link. */
export const ledgerEntry = z.object({
  ...consentEvent.shape,
  seq: z.int(),
  receivedAt: epochMs,
  /** The time the client sent, when it was later than server time + 5 minutes. */
  clientAt: z.optional(epochMs),
  prevHash: z.string(),
  hash: z.string(),
})
export type LedgerEntry = z.infer<typeof ledgerEntry>

export const purposeStatus = z.enum([
  'granted',
  'withdrawn',
  'not-set',
  'needs-reconsent',
  'needs-guardian',
  'necessary',
])

export const purposeStateDto = z.object({
  purposeId: z.string(),
  granted: z.boolean(),
  status: purposeStatus,
  /** The policy version the deciding event was given under. */
  policyVersion: z.optional(z.string()),
  decidedAt: z.optional(epochMs),
  decidedBy: z.optional(z.string()),
})
export type PurposeStateDto = z.infer<typeof purposeStateDto>

export const consentsResponse = z.object({
  currentPolicyVersion: z.string(),
  purposes: z.array(purposeStateDto),
  ledger: z.array(ledgerEntry),
})
export type ConsentsResponse = z.infer<typeof consentsResponse>

/** What a withdrawal deleted (§8.2, §10.1(d)): e.g. the plates when plate consent goes. */
export const deletedData = z.object({
  purposeId: z.string(),
  category: z.string(),
  count: z.int(),
})
export type DeletedData = z.infer<typeof deletedData>

export const eventResult = z.object({
  eventId: z.string(),
  outcome: z.enum(['stored', 'duplicate']),
  seq: z.int(),
  hash: z.string(),
  at: epochMs,
  clamped: z.boolean(),
})

/**
 * Events stored but counting for nothing (§1.5 unknown = not granted, §14.1): a grant citing a
 * policy version the server never published, an event for a purpose it does not know. The batch
 * is not refused for them, so a withdrawal sent with them is never lost (§3.4). `code` stays a
 * plain string: a newer server may add one without breaking older apps' parsing.
 */
export const eventNotice = z.object({
  code: z.string(),
  eventIds: z.array(z.string()),
  message: bilingual,
})
export type EventNotice = z.infer<typeof eventNotice>

export const postConsentEventsResponse = z.object({
  results: z.array(eventResult),
  purposes: z.array(purposeStateDto),
  deleted: z.array(deletedData),
  notices: z.optional(z.array(eventNotice)),
})
export type PostConsentEventsResponse = z.infer<typeof postConsentEventsResponse>

/**
 * A consent receipt shaped after the Kantara Consent Receipt v1.1 and ISO/IEC TS 27560
 * (consent record information structure): one receipt per ledger entry.
 */
export const consentReceipt = z.object({
  version: z.string(),
  jurisdiction: z.string(),
  consentTimestamp: z.int(),
  collectionMethod: z.string(),
  consentReceiptID: z.string(),
  language: z.string(),
  piiPrincipalId: z.string(),
  piiControllers: z.array(
    z.object({
      piiController: z.string(),
      contact: z.string(),
      address: z.string(),
      email: z.string(),
      onBehalf: z.boolean(),
    }),
  ),
  policyUrl: z.string(),
  services: z.array(
    z.object({
      service: z.string(),
      purposes: z.array(
        z.object({
          purposeId: z.string(),
          purpose: bilingual,
          purposeCategory: z.array(z.string()),
          consentType: z.string(),
          piiCategory: z.array(z.string()),
          primaryPurpose: z.boolean(),
          termination: z.string(),
          thirdPartyDisclosure: z.boolean(),
        }),
      ),
    }),
  ),
  sensitive: z.boolean(),
  spiCat: z.array(z.string()),
  /** ISO/IEC TS 27560 record fields. */
  event: z.object({
    action: z.enum(['grant', 'withdraw']),
    eventId: z.string(),
    policyVersion: z.string(),
    source: z.string(),
    actor: z.string(),
    separateConsent: z.boolean(),
    ledgerSeq: z.int(),
    ledgerHash: z.string(),
  }),
})
export const consentReceiptsResponse = z.object({ receipts: z.array(consentReceipt) })
export type ConsentReceipt = z.infer<typeof consentReceipt>
