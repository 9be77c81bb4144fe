import { useCallback, useEffect, useRef, useState } from 'react'
import { RECEIPT_MAX_BYTES } from '../contract/member'
import type { CallInput, CallOutput } from '../services/api'
import type { ImageSource } from '../services/member-ports'
import { useApi } from './use-api'
import { type ConsentOutcome, useConsent } from './use-consent'
import { toMemberError, type MemberError } from './use-member'
import { useServices } from './services-context'

export type { ImageSource }
export type Receipt = CallOutput<'getReceipt'>
type UploadBody = CallInput<'uploadReceipt'>['body']

export type UploadStage =
  'idle' | 'asking' | 'choosing' | 'reading' | 'uploading' | 'done' | 'failed'

export interface UploadState {
  readonly stage: UploadStage
  /** 0..1: reading the photo is the first 40 %, the upload the rest. */
  readonly progress: number
  readonly error?: MemberError
  /** Why nothing was uploaded when the gate said no. */
  readonly outcome?: ConsentOutcome
  readonly points?: number
}

export interface ReceiptDetails {
  readonly storeName: string
  readonly amountFen: number
  readonly purchasedAt: number
}

const idle: UploadState = { stage: 'idle', progress: 0 }

/**
 * Points from receipts (issue 7 §2): a photo is picked (camera or album) only after the
 * receipt-photos consent (and WeChat's permission where one applies), read with progress and
 * uploaded. A failed upload stays pending for a retry; withdrawing the consent drops it at once.
 */
export function useMemberReceipts(onPoints?: () => void) {
  const api = useApi()
  const { media, sync } = useServices()
  const consent = useConsent('receipt-photos')
  const [receipts, setReceipts] = useState<Receipt[] | null>(null)
  const [upload, setUpload] = useState<UploadState>(idle)
  const [pending, setPending] = useState<(UploadBody & { readonly key: number }) | null>(null)
  const [listError, setListError] = useState<MemberError | null>(null)
  const [outcome, setOutcome] = useState<ConsentOutcome | null>(null)
  const keys = useRef(0)

  const load = useCallback(async () => {
    const r = await api.call('listReceipts')
    if (!r.ok) return setListError(toMemberError(r.error))
    setListError(null)
    setReceipts([...r.value.receipts].sort((a, b) => b.createdAt - a.createdAt))
  }, [api])

  useEffect(() => {
    void load()
  }, [load])

  // §5 withdrawal bites: the photo in memory goes with the consent, and the list is read again
  // once the withdrawal reached the server (which deleted the stored photos).
  const wasGranted = useRef(consent.granted)
  useEffect(() => {
    if (wasGranted.current && !consent.granted) {
      setPending(null)
      setUpload(idle)
      void sync.flush().then(load)
    }
    wasGranted.current = consent.granted
  }, [consent.granted, sync, load])

  const send = useCallback(
    async (body: UploadBody & { readonly key: number }) => {
      setUpload({ stage: 'uploading', progress: 0.5 })
      // The grant may still be on its way: the backend checks the consent too.
      await sync.flush()
      setUpload({ stage: 'uploading', progress: 0.7 })
      const { key: _key, ...wire } = body
      const r = await api.call('uploadReceipt', { body: wire })
      if (!r.ok) {
        setPending(body)
        return setUpload({ stage: 'failed', progress: 0.7, error: toMemberError(r.error) })
      }
      setPending(null)
      setReceipts((list) => [r.value, ...(list ?? []).filter((x) => x.id !== r.value.id)])
      setUpload({ stage: 'done', progress: 1, points: r.value.pointsAwarded })
      onPoints?.()
    },
    [api, sync, onPoints],
  )

  const start = useCallback(
    async (source: ImageSource, details: ReceiptDetails) => {
      setUpload({ stage: 'asking', progress: 0 })
      const outcome = await consent.request()
      if (outcome !== 'granted') return setUpload({ ...idle, outcome })
      setUpload({ stage: 'choosing', progress: 0 })
      const image = await media.choose(source)
      if (!image) return setUpload(idle)
      setUpload({ stage: 'reading', progress: 0 })
      const read = await media.read(image, RECEIPT_MAX_BYTES, (f) =>
        setUpload({ stage: 'reading', progress: 0.4 * f }),
      )
      if (!read) {
        return setUpload({ stage: 'failed', progress: 0, error: { code: 'image-too-large' } })
      }
      keys.current += 1
      await send({
        key: keys.current,
        mimeType: read.mimeType,
        imageBase64: read.base64,
        ...details,
      })
    },
    [consent, media, send],
  )

  /** The feature's own "turn on" from the user's tap: the gate, nothing uploaded yet. */
  const enable = useCallback(async () => setOutcome(await consent.request()), [consent])

  const retry = useCallback(async () => {
    if (!pending || !consent.granted) return
    // The upload route has no idempotency key: if the lost attempt did reach the server, the
    // receipt is already there, and sending it again would credit its points twice.
    const listed = await api.call('listReceipts')
    const landed =
      listed.ok &&
      listed.value.receipts.find(
        (x) =>
          x.storeName === pending.storeName &&
          x.amountFen === pending.amountFen &&
          x.purchasedAt === pending.purchasedAt &&
          !(receipts ?? []).some((known) => known.id === x.id),
      )
    if (landed) {
      setPending(null)
      setReceipts((list) => [landed, ...(list ?? [])])
      setUpload({ stage: 'done', progress: 1, points: landed.pointsAwarded })
      onPoints?.()
      return
    }
    await send(pending)
  }, [pending, consent.granted, send, api, receipts, onPoints])

  const discard = useCallback(() => {
    setPending(null)
    setUpload(idle)
  }, [])

  return {
    granted: consent.granted,
    outcome: outcome ?? upload.outcome ?? null,
    enable,
    openSetting: consent.openSetting,
    receipts,
    listError,
    upload,
    pending: pending ? { storeName: pending.storeName, amountFen: pending.amountFen } : null,
    start,
    retry,
    discard,
    reload: load,
  }
}
