/** §10: rights requests and the identity verification that comes first (§10.3). */
import { z } from 'zod/mini'
import {
  attachmentKinds,
  onBehalfOfValues,
  requestDataCategories,
  rightByType,
  rightsRequestTypes,
  subjectFields,
  type AttachmentKind,
  type OnBehalfOf,
  type RightsField,
  type RightsRequestType,
} from '../catalogue/rights'
import { rejectionReasons, rightsRequestStatuses } from '../domain/rights-request'
import { bilingual, clientKey, epochMs, idParam, isoDate, shortText } from './common'

export { attachmentKinds, type AttachmentKind }

// --- requests --------------------------------------------------------------------------------

const fieldSchema = (f: RightsField) => {
  switch (f.kind) {
    case 'text':
      return shortText(200)
    case 'long-text':
      return shortText(2000)
    case 'date':
      return isoDate
    case 'email':
      return shortText(254)
    case 'purposes':
      return z.array(shortText(64)).check(z.minLength(1), z.maxLength(50))
    case 'categories':
      return z.array(z.enum(requestDataCategories)).check(z.minLength(1))
    case 'choice':
      return z.enum((f.options ?? []).map((o) => o.value) as [string, ...string[]])
  }
}

const objectFor = (fields: readonly RightsField[]) =>
  z.object(
    Object.fromEntries(
      fields.map((f) => [f.id, f.required ? fieldSchema(f) : z.optional(fieldSchema(f))]),
    ),
  )

/** The details each §10.1 request type needs, built from the rights catalogue (one source). */
export const detailsSchemaFor: Readonly<Record<RightsRequestType, ReturnType<typeof objectFor>>> =
  Object.fromEntries(
    rightsRequestTypes.map((t) => [t, objectFor(rightByType[t].fields)]),
  ) as Record<RightsRequestType, ReturnType<typeof objectFor>>

export const subjectSchemaFor: Readonly<
  Record<Exclude<OnBehalfOf, 'self'>, ReturnType<typeof objectFor>>
> = {
  'guardian-of-minor': objectFor(subjectFields['guardian-of-minor']),
  'next-of-kin': objectFor(subjectFields['next-of-kin']),
}

const detailValue = z.union([shortText(2000), z.array(shortText(64)).check(z.maxLength(50))])

/**
 * Photos that go with a request: §10.1(a) evidence for a correction, §10.1 proof that the
 * person acting for a minor or the deceased is who they say (guardian, next of kin).
 */
export const attachmentMimeTypes = ['image/jpeg', 'image/png', 'image/webp'] as const
/** 1 MiB decoded per photo: the app compresses first (a document photo stays readable). */
export const ATTACHMENT_MAX_BYTES = 1024 * 1024
export const MAX_ATTACHMENTS = 2

export const attachmentBody = z.object({
  kind: z.enum(attachmentKinds),
  mimeType: z.enum(attachmentMimeTypes),
  imageBase64: z
    .string()
    .check(z.minLength(4), z.maxLength(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4)),
})
export const attachmentDto = z.object({
  id: z.string(),
  kind: z.enum(attachmentKinds),
  mimeType: z.string(),
  sizeBytes: z.int(),
  /** When it came in with the request (epoch ms). */
  uploadedAt: z.optional(epochMs),
})

export const createRightsRequestBody = z.object({
  type: z.enum(rightsRequestTypes),
  onBehalfOf: z.enum(onBehalfOfValues),
  /** Required unless onBehalfOf is self: see subjectFields in the rights catalogue. */
  subject: z.optional(z.record(z.string().check(z.maxLength(32)), shortText(200))),
  /** Checked against detailsSchemaFor[type]. */
  details: z.record(z.string().check(z.maxLength(32)), detailValue),
  /** §10.3: a token from POST /v1/verification/verify; without it the request waits in `submitted`. */
  verificationToken: z.optional(shortText(128)),
  /**
   * §10.3: made once per draft by the app and kept with it. The same user and key
   * answer the request already made (a double tap, a retry, a restart); the same key with a
   * different body is refused (422 idempotency-key-reused). Optional for older clients only.
   */
  idempotencyKey: z.optional(clientKey),
  /** Evidence (correct-supplement only) and proof of relationship (required unless self). */
  attachments: z.optional(z.array(attachmentBody).check(z.maxLength(MAX_ATTACHMENTS))),
})
export type CreateRightsRequestBody = z.infer<typeof createRightsRequestBody>

export const verifyRightsRequestBody = z.object({ verificationToken: shortText(128) })

export const statusStep = z.object({
  status: z.enum(rightsRequestStatuses),
  at: epochMs,
  note: z.optional(z.string()),
})

export const rightsRequestDto = z.object({
  id: z.string(),
  type: z.enum(rightsRequestTypes),
  onBehalfOf: z.enum(onBehalfOfValues),
  subject: z.optional(z.record(z.string(), z.string())),
  details: z.record(z.string(), z.unknown()),
  status: z.enum(rightsRequestStatuses),
  history: z.array(statusStep),
  submittedAt: epochMs,
  verifiedAt: z.optional(epochMs),
  /** YYYY-MM-DD, Beijing: 15 working days after verification. */
  dueDate: z.optional(isoDate),
  /**
   * true when dueDate counts days of a year whose PRC holiday arrangement is not published
   * (src/domain/working-days.ts): an estimate, to be shown as one. Absent when exact.
   */
  dueDateEstimated: z.optional(z.boolean()),
  rejection: z.optional(z.object({ reason: z.enum(rejectionReasons), message: bilingual })),
  result: z.optional(z.unknown()),
  /** The photos kept with the request (deleted with it); the bytes are not sent back. */
  attachments: z.optional(z.array(attachmentDto)),
})
export type RightsRequestDto = z.infer<typeof rightsRequestDto>

export const rightsRequestList = z.object({ requests: z.array(rightsRequestDto) })

// --- admin -----------------------------------------------------------------------------------

/** One photo of one request: both ids, so a photo is only ever read through its request. */
export const attachmentParams = z.object({
  id: idParam.shape.id,
  attachmentId: idParam.shape.id,
})

/**
 * §10.1, §10.3: the staff handling a request look at its evidence or proof of relationship.
 * The bytes travel as base64 in the contract's JSON (the typed admin client reads them).
 */
export const adminAttachmentResponse = z.object({
  ...attachmentDto.shape,
  requestId: z.string(),
  imageBase64: z.string(),
})

export const adminCompleteBody = z.object({
  /** Attached to the request (e.g. an export); for access/copy the export is attached when omitted. */
  result: z.optional(z.record(z.string(), z.unknown())),
  note: z.optional(shortText(500)),
})
export const adminRejectBody = z.object({
  reason: z.enum(rejectionReasons),
  message: z.object({ 'zh-CN': shortText(1000), en: shortText(1000) }),
})
export const adminAdvanceBody = z.object({ note: z.optional(shortText(500)) })
