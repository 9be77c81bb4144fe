import { useCallback, useEffect, useMemo, useState } from 'react'
import type { AttachmentKind, OnBehalfOf, RightsRequestType } from '../catalogue/rights'
import { createIdGenerator } from '../domain/ids'
import {
  newDraft,
  validateDraft,
  type DraftPhoto,
  type DraftValue,
  type FieldErrors,
  type RightsDraft,
} from '../domain/rights-form'
import { beijingDate } from '../domain/working-days'
import type { ImageSource } from '../services/member-ports'
import { useAppStore, useAppStoreApi } from '../store/store-context'
import { useServices } from './services-context'

/** Where a photo for a request comes from (wx.chooseMedia's sourceType). */
export type PhotoSource = ImageSource

const newKey = createIdGenerator()

/**
 * The draft of one request type, kept in the persisted store: every keystroke is saved, so a
 * form survives the app being killed (§10.3). Errors show field by field once a
 * field was touched, and all of them once the person tries to go on.
 */
export function useRightsDraft(
  type: RightsRequestType,
  preset: Readonly<Record<string, DraftValue>> = {},
  now: () => number = Date.now,
) {
  const store = useAppStoreApi()
  const { media } = useServices()
  const draft = useAppStore((s) => s.drafts[type])
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [attempted, setAttempted] = useState(false)
  const presetKey = JSON.stringify(preset)

  useEffect(() => {
    const held = store.getState().drafts[type]
    const wanted = JSON.parse(presetKey) as Record<string, DraftValue>
    if (!held) store.getState().saveDraft(newDraft(type, newKey(), now(), wanted))
    else if (Object.entries(wanted).some(([k, v]) => held.details[k] !== v))
      store.getState().saveDraft({ ...held, details: { ...held.details, ...wanted } })
  }, [store, type, presetKey, now])

  const update = useCallback(
    (key: string, change: (d: RightsDraft) => RightsDraft) => {
      const held = store.getState().drafts[type]
      if (!held) return
      // A change of content is a new attempt: only an unchanged draft can match a lost answer.
      // Sent before with no answer, the old key may already name a request on the server, so
      // the changed draft gets a key of its own (the server refuses a key with another body).
      const { sendingSince, ...rest } = held
      const rekey = sendingSince !== undefined ? { clientKey: newKey() } : {}
      store.getState().saveDraft({ ...change(rest), ...rekey, updatedAt: now() })
      setTouched((t) => (t.has(key) ? t : new Set(t).add(key)))
    },
    [store, type, now],
  )

  const errors: FieldErrors = useMemo(
    () => (draft ? validateDraft(draft, beijingDate(now())) : {}),
    [draft, now],
  )
  const shown = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(errors).filter(([k]) => attempted || touched.has(k)),
      ) as FieldErrors,
    [errors, attempted, touched],
  )

  /** Keeps where the photo is (not its bytes): it is read and compressed when sent. */
  const setPhoto = (kind: AttachmentKind, photo: DraftPhoto | null) =>
    update(`photos.${kind}`, (d) => {
      const { [kind]: _old, ...rest } = d.photos ?? {}
      return { ...d, photos: photo ? { ...rest, [kind]: photo } : rest }
    })

  return {
    draft,
    errors: shown,
    setDetail: (id: string, value: DraftValue) =>
      update(`details.${id}`, (d) => ({ ...d, details: { ...d.details, [id]: value } })),
    setSubject: (id: string, value: string) =>
      update(`subject.${id}`, (d) => ({ ...d, subject: { ...d.subject, [id]: value } })),
    setOnBehalfOf: (onBehalfOf: OnBehalfOf) => update('onBehalfOf', (d) => ({ ...d, onBehalfOf })),
    setConfirmed: (confirmed: boolean) => update('confirmed', (d) => ({ ...d, confirmed })),
    setPhoto,
    /** wx.chooseMedia through the services adapter; a cancelled picker changes nothing. */
    pickPhoto: async (kind: AttachmentKind, source: ImageSource) => {
      const picked = await media.choose(source)
      if (!picked) return
      setPhoto(kind, { path: picked.path, mimeType: picked.mimeType, sizeBytes: picked.sizeBytes })
    },
    /** Shows every error; true when the draft may go on to verification. */
    attempt: (): boolean => {
      setAttempted(true)
      return Object.keys(errors).length === 0
    },
  }
}
