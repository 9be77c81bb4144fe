import { useCallback, useRef, useState } from 'react'
import type { RightsRequestType } from '../catalogue/rights'
import {
  ATTACHMENT_MAX_BYTES,
  type CreateRightsRequestBody,
  type RightsRequestDto,
} from '../contract/rights-requests'
import {
  draftToBody,
  closesOwnAccount,
  isSameSubmission,
  photosToSend,
  type RightsDraft,
} from '../domain/rights-form'
import type { ApiError } from '../services/api'
import type { MediaPicker } from '../services/member-ports'
import { useServices } from './services-context'
import type { AppStore } from '../store/create-app-store'
import { useAppStoreApi } from '../store/store-context'
import { type FeatureCall, useApi } from './use-api'
import { rightsRoutes } from '../contract/routes-rights'

export type SubmitOutcome =
  | { readonly ok: true; readonly request: RightsRequestDto; readonly deregistration: boolean }
  | { readonly ok: false; readonly error: ApiError; readonly reverify: boolean }

/** Failures after which the request may exist on the server although no answer came back. */
function unclear(error: ApiError): boolean {
  return (
    error.kind === 'network' ||
    error.kind === 'validation' ||
    (error.status ?? 0) >= 500 ||
    error.code === 'verification-invalid' ||
    // The key already names a request: made by an earlier send whose photo read differently
    // (a platform recompression), so it is looked for rather than reported.
    error.code === 'idempotency-key-reused'
  )
}

type Call = FeatureCall<typeof rightsRoutes>

export interface SendDeps {
  readonly call: Call
  readonly store: AppStore
  readonly now: () => number
  /** Reads the draft's photos (compressed to the size the server takes) when it is sent. */
  readonly media?: Pick<MediaPicker, 'read'>
}

/** The photos as the create body carries them; null when one can no longer be read. */
async function readPhotos(
  media: SendDeps['media'],
  draft: RightsDraft,
): Promise<NonNullable<CreateRightsRequestBody['attachments']> | null> {
  const out: NonNullable<CreateRightsRequestBody['attachments']> = []
  for (const { kind, photo } of photosToSend(draft)) {
    const read = media ? await media.read(photo, ATTACHMENT_MAX_BYTES, () => undefined) : null
    if (!read) return null
    out.push({ kind, mimeType: read.mimeType, imageBase64: read.base64 })
  }
  return out
}

async function findSent(call: Call, draft: RightsDraft): Promise<RightsRequestDto | null> {
  const r = await call('listRightsRequests')
  return r.ok ? (r.value.requests.find((q) => isSameSubmission(q, draft)) ?? null) : null
}

/**
 * Sends the verified draft of `type` with the draft's own idempotency key (made once per
 * draft, persisted with it): the server answers the same request for the same key, so a
 * double tap, a retry or a restart never makes two. The draft also records when it was sent,
 * so after a restart the app looks for the request it made before asking for a new code.
 * Plain async code (no React), so contract tests run it as it is.
 */
export async function sendDraft(
  { call, store, now, media }: SendDeps,
  type: RightsRequestType,
  verificationToken: string,
): Promise<SubmitOutcome> {
  const draft = store.getState().drafts[type]
  if (!draft)
    return { ok: false, error: { kind: 'validation', message: 'no draft' }, reverify: false }
  const finish = (request: RightsRequestDto): SubmitOutcome => {
    store.getState().clearDraft(type)
    return { ok: true, request, deregistration: closesOwnAccount(draft) }
  }
  if (draft.sendingSince !== undefined) {
    const found = await findSent(call, draft)
    if (found) return finish(found)
  }
  const attachments = await readPhotos(media, draft)
  if (!attachments) {
    const error: ApiError = { kind: 'validation', code: 'photo-unreadable', message: 'photo' }
    return { ok: false, error, reverify: false }
  }
  // On disk before the request leaves: a restart mid-call looks before it sends again.
  const sendingDraft: RightsDraft = { ...draft, sendingSince: draft.sendingSince ?? now() }
  store.getState().saveDraft(sendingDraft)
  const body = {
    ...draftToBody(draft),
    verificationToken,
    idempotencyKey: draft.clientKey,
    ...(attachments.length ? { attachments } : {}),
  }
  let r = await call('createRightsRequest', { body })
  // The answer was lost: the same key sent again gets the request the server may already have
  // made, or makes it now, never a second one (§10.3).
  if (!r.ok && r.error.kind === 'network') r = await call('createRightsRequest', { body })
  if (r.ok) return finish(r.value)
  if (unclear(r.error)) {
    const found = await findSent(call, sendingDraft)
    if (found) return finish(found)
  }
  if (r.error.kind !== 'network') {
    // The server answered: nothing was created, the next attempt starts afresh.
    const { sendingSince: _s, ...rest } = sendingDraft
    store.getState().saveDraft(rest)
  }
  return { ok: false, error: r.error, reverify: r.error.code === 'verification-invalid' }
}

/**
 * After a restart: a draft still marked as sending may already be a request on the server.
 * Found, the draft is done with; not found, it stays for the person to send again.
 */
export async function recoverDraft(
  { call, store }: Omit<SendDeps, 'now'>,
  type: RightsRequestType,
): Promise<RightsRequestDto | null> {
  const draft = store.getState().drafts[type]
  if (draft?.sendingSince === undefined) return null
  const found = await findSent(call, draft)
  if (found) store.getState().clearDraft(type)
  return found
}

/** Sends a verified draft once (§10.3): a second tap while it is under way gets the same answer. */
export function useRightsSubmit(type: RightsRequestType, now: () => number = Date.now) {
  const { call } = useApi(rightsRoutes)
  const { media } = useServices()
  const store = useAppStoreApi()
  const inFlight = useRef<Promise<SubmitOutcome> | null>(null)
  const [sending, setSending] = useState(false)

  const submit = useCallback(
    (verificationToken: string): Promise<SubmitOutcome> => {
      if (inFlight.current) return inFlight.current
      setSending(true)
      const p = sendDraft({ call, store, now, media }, type, verificationToken).finally(() => {
        inFlight.current = null
        setSending(false)
      })
      inFlight.current = p
      return p
    },
    [call, store, now, media, type],
  )
  /** Looks once, when the form opens, for a request sent before the app was killed. */
  const recover = useCallback(() => recoverDraft({ call, store }, type), [call, store, type])
  return { submit, sending, recover }
}
