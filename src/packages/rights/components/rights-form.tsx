import { Button, Text, View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import { onBehalfOfValues, rightByType, type RightsRequestType } from '../../../catalogue/rights'
import { FormField } from '../../../components/form-field'
import { OptionList } from '../../../components/option-list'
import { SmsVerify } from '../../../components/sms-verify'
import {
  closesOwnAccount,
  isDeregistration,
  photoKindsFor,
  subjectFieldsFor,
  visibleFields,
} from '../../../domain/rights-form'
import { useNavigation } from '../../../hooks/use-navigation'
import { useRightsDraft } from '../../../hooks/use-rights-draft'
import { useRightsErrorText } from '../../../hooks/use-rights-requests'
import { useRightsSubmit } from '../../../hooks/use-rights-submit'
import { useServiceNotices } from '../../../hooks/use-service-notices'
import { useDeviceWipe } from '../../../hooks/use-rights-wipe'
import { useLang, useT } from '../../../i18n/use-t'
import { rightsMessages } from '../../../i18n/features/rights'
import { DraftField } from './draft-field'
import { FormNotes } from './form-notes'
import { PhotoField } from './photo-field'
import { SubmittedPanel, type Submitted } from './submitted-panel'

/**
 * One §10.1 request form with exactly the fields its type needs (from the rights catalogue),
 * for oneself or on someone's behalf, then §10.3 verification, then one create.
 */
export function RightsForm({ type, account }: { type: RightsRequestType; account: boolean }) {
  const t = useT(rightsMessages)
  const lang = useLang()
  const { go } = useNavigation()
  const preset = useMemo(
    (): Record<string, string> => (account ? { scope: 'account' } : {}),
    [account],
  )
  const d = useRightsDraft(type, preset)
  const { submit, sending, recover } = useRightsSubmit(type)
  const notices = useServiceNotices('rights-request')
  const wipe = useDeviceWipe()
  const errorText = useRightsErrorText()
  const [verifying, setVerifying] = useState(false)
  const [tried, setTried] = useState(false)
  const [verifyRound, setVerifyRound] = useState(0)
  const [submitError, setSubmitError] = useState<string | null>(null)
  const [submitted, setSubmitted] = useState<Submitted | null>(null)

  // §10.3: killed while sending? The request may exist already: show it, do not resend.
  useEffect(() => {
    void recover().then(async (request) => {
      if (!request) return
      const deregistration = closesOwnAccount(request)
      if (deregistration) await wipe()
      setSubmitted({ request, deregistration })
    })
  }, [recover, wipe])

  if (submitted) return <SubmittedPanel submitted={submitted} />
  const draft = d.draft
  if (!draft) return null
  const right = rightByType[type]
  const f = t.rightsForm
  const deregistration = isDeregistration(draft)
  const hasErrors = Object.keys(d.errors).length > 0
  const photo = (kind: ReturnType<typeof photoKindsFor>[number]) => (
    <PhotoField
      key={`photos.${kind.kind}`}
      kind={kind.kind}
      required={kind.required}
      photo={draft.photos?.[kind.kind]}
      error={d.errors[`photos.${kind.kind}`]}
      onPick={(source) => void d.pickPhoto(kind.kind, source)}
      onRemove={() => d.setPhoto(kind.kind, null)}
      t={t}
    />
  )
  const photoKinds = photoKindsFor(draft)

  const onVerified = async (token: string) => {
    setSubmitError(null)
    const outcome = await submit(token)
    if (!outcome.ok) {
      setSubmitError(errorText(outcome.error))
      // A spent or refused token: verify again with a new code.
      if (outcome.reverify) setVerifyRound((n) => n + 1)
      return
    }
    // §10.1(c): after a deregistration request nothing personal stays on this device.
    if (outcome.deregistration) await wipe()
    // §3.5: what WeChat's dialog answered at the tap, now that the request has its id.
    else void notices.record({ requestId: outcome.request.id })
    setSubmitted({ request: outcome.request, deregistration: outcome.deregistration })
  }

  return (
    <View className="rights rights-form">
      <Text className="rights__card-ref">{right.policyRefs.map((r) => `§${r}`).join(' · ')}</Text>
      <Text className="rights__title" role="heading" aria-level={1}>
        {deregistration ? t.rightsHome.deregisterTitle : right.name[lang]}
      </Text>
      <Text className="rights__intro">{right.description[lang]}</Text>
      <FormNotes
        type={type}
        deregistration={deregistration}
        t={t}
        openConsentCenter={() => go({ page: 'consent-center' })}
      />
      <FormField name="onBehalfOf" label={f.forWhom}>
        <OptionList
          label={f.forWhom}
          multiple={false}
          options={onBehalfOfValues.map((v) => ({ value: v, label: f.onBehalfOf[v] }))}
          selected={[draft.onBehalfOf]}
          onChange={(v) => {
            const next = onBehalfOfValues.find((o) => o === v[0])
            if (next) d.setOnBehalfOf(next)
          }}
        />
      </FormField>
      {draft.onBehalfOf !== 'self' && <Text className="rights__muted">{f.proofNote}</Text>}
      {subjectFieldsFor(draft.onBehalfOf).map((field) => (
        <DraftField
          key={`subject.${field.id}`}
          type={type}
          field={field}
          value={draft.subject[field.id]}
          error={d.errors[`subject.${field.id}`]}
          onChange={(v) => d.setSubject(field.id, typeof v === 'string' ? v : '')}
          lang={lang}
          t={t}
        />
      ))}
      {photoKinds.filter((k) => k.kind === 'relationship-proof').map(photo)}
      {visibleFields(draft).map((field) => (
        <DraftField
          key={field.id}
          type={type}
          field={field}
          value={draft.details[field.id]}
          error={d.errors[`details.${field.id}`]}
          onChange={(v) => d.setDetail(field.id, v)}
          lang={lang}
          t={t}
        />
      ))}
      {photoKinds.filter((k) => k.kind === 'evidence').map(photo)}
      {deregistration && (
        <FormField
          name="confirmed"
          label={f.consequencesTitle}
          {...(d.errors['confirmed'] ? { error: f.errors['confirm-required'] } : {})}
        >
          <OptionList
            label={f.confirmLabel}
            multiple
            options={[{ value: 'yes', label: f.confirmLabel }]}
            selected={draft.confirmed ? ['yes'] : []}
            onChange={(v) => d.setConfirmed(v.includes('yes'))}
          />
        </FormField>
      )}
      <Text className="rights__muted">{f.draftSaved}</Text>
      {hasErrors && tried && <Text className="rights__error">{f.fixErrors}</Text>}
      {submitError && (
        <Text className="rights__error" role="alert">
          {submitError}
        </Text>
      )}
      {verifying && !hasErrors ? (
        <SmsVerify
          key={verifyRound}
          actionLabel={f.submit}
          busy={sending}
          onVerified={onVerified}
          // §3.5 progress and result notices, asked from the submit tap. Not when closing one's
          // own account: it is erased when done, with no one left to notify.
          {...(closesOwnAccount(draft) ? {} : { onTap: notices.askOnce })}
        />
      ) : (
        <Button
          className={deregistration ? 'rights__danger' : 'rights__primary'}
          onClick={() => {
            setTried(true)
            if (d.attempt()) setVerifying(true)
          }}
        >
          {f.next}
        </Button>
      )}
    </View>
  )
}
