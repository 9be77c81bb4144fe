/**
 * The photos a rights request carries (§10.1): evidence for a correction, proof of relationship
 * for a guardian or next of kin. Checked before the request is stored; stored with it and
 * deleted with it (ON DELETE CASCADE, and explicitly when a deregistration is scrubbed).
 */
import type { OnBehalfOf, RightsRequestType } from '../../../src/catalogue/rights'
import {
  ATTACHMENT_MAX_BYTES,
  type AttachmentKind,
  type CreateRightsRequestBody,
} from '../../../src/contract/rights-requests'
import type { Db } from '../db/open'
import { canonicalJson, sha256 } from './crypto'
import { errors, type ApiError } from './errors'
import { checkImage } from './images'

export interface CheckedAttachment {
  readonly kind: AttachmentKind
  readonly mimeType: string
  readonly bytes: Buffer
}

/** Which photos a request may or must carry. */
function allowedKinds(type: RightsRequestType, onBehalfOf: OnBehalfOf): AttachmentKind[] {
  const kinds: AttachmentKind[] = []
  if (type === 'correct-supplement') kinds.push('evidence')
  if (onBehalfOf !== 'self') kinds.push('relationship-proof')
  return kinds
}

export function checkAttachments(
  type: RightsRequestType,
  onBehalfOf: OnBehalfOf,
  given: CreateRightsRequestBody['attachments'],
): { value: CheckedAttachment[] } | ApiError {
  const list = given ?? []
  const allowed = allowedKinds(type, onBehalfOf)
  const out: CheckedAttachment[] = []
  for (const a of list) {
    if (!allowed.includes(a.kind) || out.some((o) => o.kind === a.kind)) {
      return errors.bad(
        'attachment-not-allowed',
        a.kind === 'evidence'
          ? '只有更正、补充请求可以附一张证明照片。'
          : '只有代他人提出的请求需要一份关系证明。',
        a.kind === 'evidence'
          ? 'Only a correction request may carry one evidence photo.'
          : 'Only a request made for someone else carries one proof of relationship.',
        { kind: a.kind },
      )
    }
    const image = checkImage(a.mimeType, a.imageBase64, ATTACHMENT_MAX_BYTES)
    if (!('bytes' in image)) return image
    const { bytes } = image
    out.push({ kind: a.kind, mimeType: a.mimeType, bytes })
  }
  // §10.1: acting for a minor or the deceased needs proof of the relationship.
  if (onBehalfOf !== 'self' && !out.some((a) => a.kind === 'relationship-proof')) {
    return errors.bad(
      'relationship-proof-required',
      '代他人提出请求时，请附上关系证明（如户口簿、出生证明或死亡证明的照片）。',
      'A request for someone else needs a photo of the proof of relationship (e.g. household register, birth or death certificate).',
    )
  }
  return { value: out }
}

export function saveAttachments(
  db: Db,
  requestId: string,
  list: readonly CheckedAttachment[],
  now: number,
  ids: () => string,
): void {
  const insert = db.prepare(
    `INSERT INTO rights_attachments (id, request_id, kind, mime_type, size_bytes, image, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const a of list)
    insert.run(ids(), requestId, a.kind, a.mimeType, a.bytes.length, a.bytes, now)
}

/**
 * What makes two creates "the same request" for the idempotency key: everything but the
 * one-time verification token (a retry may carry a fresh one).
 */
export function bodyHash(body: CreateRightsRequestBody): string {
  const { verificationToken: _t, idempotencyKey: _k, ...rest } = body
  return sha256(canonicalJson(rest))
}
