import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { RECEIPT_MAX_BYTES } from '../contract/member'
import { createIdGenerator } from '../domain/ids'
import type { CallOutput } from '../services/api'
import type { ImageSource, PickedImage } from '../services/member-ports'
import { useApi } from './use-api'
import { memberRoutes } from '../contract/routes-member'
import { type ConsentOutcome, useConsent } from './use-consent'
import { toMemberError, type MemberError } from './use-member'
import { useServices } from './services-context'
import { PENDING_UPLOAD_KEY } from './receipt-upload-key'
import { useServiceNotices } from './use-service-notices'

export type { ImageSource }
export type Receipt = CallOutput<'getReceipt'>

export type UploadStage =
  'idle' | 'asking' | 'choosing' | 'reading' | 'uploading' | 'done' | 'failed'

export interface UploadState {
  readonly stage: UploadStage
  /** 0..1: reading the photo is the first 40 %, the upload the rest. */
  readonly progress: number
  readonly error?: MemberError
  /** Why nothing was uploaded when the gate said no. */
  readonly outcome?: ConsentOutcome
  /** The receipt the upload made (pending until the mall reviews it). */
  readonly receipt?: Receipt
}

export interface ReceiptDetails {
  readonly storeName: string
  readonly amountFen: number
  readonly purchasedAt: number
}

/**
 * An upload not yet answered: the photo on the device, its details and the key made when the
 * photo was chosen. Kept in storage, so a retry, even after the app was killed, sends the same
 * key and the backend answers the receipt it already made (no second receipt).
 */
export interface PendingUpload extends ReceiptDetails {
  readonly uploadKey: string
  readonly image: PickedImage
}

// The unanswered upload is kept under PENDING_UPLOAD_KEY (no image bytes: the photo's path).
export { PENDING_UPLOAD_KEY }

const idle: UploadState = { stage: 'idle', progress: 0 }

function readPending(raw: string | null): PendingUpload | null {
  if (!raw) return null
  try {
    const p = JSON.parse(raw) as PendingUpload
    return typeof p.uploadKey === 'string' && typeof p.image?.path === 'string' ? p : null
  } catch {
    return null
  }
}

/**
 * Points from receipts (§2.2(a)(v)): a photo is picked (camera or album) only after the
 * receipt-photos consent (and WeChat's permission where one applies), read with progress and
 * uploaded once (idempotent by its key). The receipt waits for the mall's review; its points
 * count once approved. Withdrawing the consent drops an unsent photo at once.
 */
export function useMemberReceipts(onPoints?: () => void) {
  const api = useApi(memberRoutes)
  const { media, sync, storage } = useServices()
  const consent = useConsent('receipt-photos')
  const notices = useServiceNotices('receipt')
  const newId = useMemo(() => createIdGenerator(), [])
  const [receipts, setReceipts] = useState<Receipt[] | null>(null)
  const [upload, setUpload] = useState<UploadState>(idle)
  // §5: a photo kept from before a withdrawal made elsewhere is not sent after a new grant.
  const [pending, setPendingState] = useState<PendingUpload | null>(() => {
    if (consent.granted) return readPending(storage.getItem(PENDING_UPLOAD_KEY))
    storage.removeItem(PENDING_UPLOAD_KEY)
    return null
  })
  const [listError, setListError] = useState<MemberError | null>(null)
  const [outcome, setOutcome] = useState<ConsentOutcome | null>(null)
  const sending = useRef(false)

  const setPending = useCallback(
    (p: PendingUpload | null) => {
      if (p) storage.setItem(PENDING_UPLOAD_KEY, JSON.stringify(p))
      else storage.removeItem(PENDING_UPLOAD_KEY)
      setPendingState(p)
    },
    [storage],
  )

  const load = useCallback(async () => {
    const r = await api.call('listReceipts')
    if (!r.ok) return setListError(toMemberError(r.error))
    setListError(null)
    setReceipts([...r.value.receipts].sort((a, b) => b.createdAt - a.createdAt))
    // An upload whose answer was lost (or the app killed) that did land: it is done.
    const kept = readPending(storage.getItem(PENDING_UPLOAD_KEY))
    if (kept && r.value.receipts.some((x) => x.uploadKey === kept.uploadKey)) setPending(null)
  }, [api, storage, setPending])

  useEffect(() => {
    void load()
  }, [load])

  // §5 withdrawal bites: the photo waiting to be sent goes with the consent, and the list is
  // read again once the withdrawal reached the server (which deleted the stored photos).
  const wasGranted = useRef(consent.granted)
  useEffect(() => {
    if (wasGranted.current && !consent.granted) {
      setPending(null)
      setUpload(idle)
      void sync.flush().then(load)
    }
    wasGranted.current = consent.granted
  }, [consent.granted, sync, load, setPending])

  const send = useCallback(
    async (p: PendingUpload) => {
      if (sending.current) return
      sending.current = true
      try {
        setUpload({ stage: 'reading', progress: 0 })
        const read = await media.read(p.image, RECEIPT_MAX_BYTES, (f) =>
          setUpload({ stage: 'reading', progress: 0.4 * f }),
        )
        if (!read) {
          return setUpload({ stage: 'failed', progress: 0, error: { code: 'image-too-large' } })
        }
        setUpload({ stage: 'uploading', progress: 0.5 })
        // The grant may still be on its way: the backend checks the consent too.
        await sync.flush()
        setUpload({ stage: 'uploading', progress: 0.7 })
        const r = await api.call('uploadReceipt', {
          body: {
            uploadKey: p.uploadKey,
            mimeType: read.mimeType,
            imageBase64: read.base64,
            storeName: p.storeName,
            amountFen: p.amountFen,
            purchasedAt: p.purchasedAt,
          },
        })
        if (!r.ok) {
          return setUpload({ stage: 'failed', progress: 0.7, error: toMemberError(r.error) })
        }
        setPending(null)
        setReceipts((list) => [r.value, ...(list ?? []).filter((x) => x.id !== r.value.id)])
        setUpload({ stage: 'done', progress: 1, receipt: r.value })
        // §3.5: the review notice WeChat's dialog allowed (or not), now that the receipt has an id.
        void notices.record({ receiptId: r.value.id })
        onPoints?.()
      } finally {
        sending.current = false
      }
    },
    [api, media, sync, onPoints, setPending, notices],
  )

  const start = useCallback(
    async (source: ImageSource, details: ReceiptDetails) => {
      // §3.5 the review notice: WeChat opens its dialog only from this tap, before any await.
      // The photo is picked once it closed, whatever the answer: two WeChat dialogs never overlap.
      const answered = notices.ask()
      setUpload({ stage: 'asking', progress: 0 })
      await answered
      const outcome = await consent.request()
      if (outcome !== 'granted') return setUpload({ ...idle, outcome })
      setUpload({ stage: 'choosing', progress: 0 })
      const image = await media.choose(source)
      if (!image) return setUpload(idle)
      // One key per chosen photo, kept until the backend answers.
      const p: PendingUpload = { ...details, image, uploadKey: `rcp-${newId()}` }
      setPending(p)
      await send(p)
    },
    [consent, media, send, newId, setPending, notices],
  )

  /** The feature's own "turn on" from the user's tap: the gate, nothing uploaded yet. */
  const enable = useCallback(async () => setOutcome(await consent.request()), [consent])

  /** Sends the unanswered upload again with its key: the backend never makes it twice. */
  const retry = useCallback(async () => {
    if (!pending || !consent.granted) return
    await send(pending)
  }, [pending, consent.granted, send])

  const discard = useCallback(() => {
    setPending(null)
    setUpload(idle)
  }, [setPending])

  return {
    granted: consent.granted,
    outcome: outcome ?? upload.outcome ?? null,
    enable,
    openSetting: consent.openSetting,
    receipts,
    listError,
    upload,
    pending:
      pending && upload.stage !== 'reading' && upload.stage !== 'uploading'
        ? { storeName: pending.storeName, amountFen: pending.amountFen }
        : null,
    start,
    retry,
    discard,
    reload: load,
  }
}
