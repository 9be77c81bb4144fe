import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { purposeCopy } from '../../../../catalogue/purpose-copy'
import { purposeById, type PurposeId } from '../../../../catalogue/purposes'
import { dataCategoryById } from '../../../../catalogue/data-categories'
import type { Purpose } from '../../../../catalogue/types'
import { PageFooter } from '../../../../components/page-footer'
import { WithdrawSheet } from '../../../../components/withdraw-sheet'
import { GUARDIAN_CONSENT_PURPOSE_ID } from '../../../../domain/consent-rules'
import { isPurposeId } from '../../../../domain/purpose-id'
import { useNavigation } from '../../../../hooks/use-navigation'
import { formatDate } from '../../../../i18n/format-date'
import { useLang, useT } from '../../../../i18n/use-t'
import { choicesMessages } from '../../../../i18n/features/choices'
import { selectConsentState } from '../../../../store/selectors'
import { useAppStore, useAppStoreApi } from '../../../../store/store-context'
import './index.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

function lookup(id: string | undefined): Purpose | undefined {
  const purpose = id && isPurposeId(id) ? purposeById[id] : undefined
  return purpose && !purpose.required ? purpose : undefined
}

/**
 * One dedicated screen per purpose, `?purpose=<id>` (§7.3, PIPL Art. 29): the purpose, the data,
 * why, what happens if refused, retention and who receives it, with its own explicit action that
 * grants exactly this one purpose, never bundled with another. Just-in-time asks (useConsent)
 * wait for its answer.
 */
function SeparateConsent() {
  const t = useT(choicesMessages)
  const lang = useLang()
  const api = useAppStoreApi()
  const { back, go, params } = useNavigation()
  const [purpose] = useState(() => lookup(params().purpose))
  const [guardianChecked, setGuardianChecked] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const state = useAppStore((s) => (purpose ? selectConsentState(s)[purpose.id] : undefined))
  const guest = useAppStore((s) => s.notice?.decision !== 'accepted')
  const fromAsk = useAppStore((s) => s.pendingAsk?.purposeId === purpose?.id)

  // Leaving without an answer (the back gesture) answers a waiting ask with no.
  useEffect(() => {
    const id = purpose?.id
    return () => {
      if (id) api.getState().answerAsk(id, 'refused')
    }
  }, [api, purpose])

  const s = t.separateConsent
  if (!purpose) {
    return (
      <View className="separate-consent">
        <Text className="separate-consent__unknown">{s.unknown}</Text>
        <Button onClick={back}>{t.common.back}</Button>
        <PageFooter />
      </View>
    )
  }

  const isGuardian = purpose.id === GUARDIAN_CONSENT_PURPOSE_ID
  const granted = state?.granted === true
  const canAgree = !guest && (!isGuardian || guardianChecked)

  function agree() {
    // Guards the tap as well as the button: H5 may still deliver it.
    if (!purpose || !canAgree) return
    const result = api.getState().recordChoice({
      purposeIds: [purpose.id],
      action: 'grant',
      source: fromAsk ? 'just-in-time' : 'separate-consent',
      actor: isGuardian ? 'guardian' : 'user',
    })
    if (!result.ok) return
    api.getState().answerAsk(purpose.id, 'granted')
    back()
  }

  function refuse() {
    if (!purpose) return
    api.getState().answerAsk(purpose.id, 'refused')
    back()
  }

  function withdrawNow() {
    if (!purpose) return
    api.getState().recordChoice({
      purposeIds: [purpose.id],
      action: 'withdraw',
      source: 'separate-consent',
    })
    setConfirming(false)
  }

  const copy = purposeCopy[purpose.id as PurposeId]
  const data = purpose.dataCategories.map((id) => {
    const category = dataCategoryById[id as keyof typeof dataCategoryById]
    return `${category?.name[lang] ?? id}${category?.sensitive ? s.sensitive : ''}`
  })
  const sections: [string, string][] = [
    [s.purpose, copy.description[lang]],
    [s.data, data.join(t.purposeCard.listSeparator)],
    [s.ifRefused, copy.ifRefused[lang]],
    [s.retention, copy.retention[lang]],
    [s.recipients, copy.recipients[lang]],
  ]
  if (purpose.wechatScope) {
    sections.push([s.permission, s.permissionNote(t.scopes[purpose.wechatScope])])
  }
  return (
    <View className="separate-consent">
      <View className="separate-consent__badges">
        <Text className="separate-consent__badge">
          {purpose.separateConsent ? s.badge : s.badgePlain}
        </Text>
        {purpose.sensitive && (
          <Text className="separate-consent__badge separate-consent__badge--sensitive">
            {t.purposeCard.sensitiveTag}
          </Text>
        )}
      </View>
      <Text className="separate-consent__title" role="heading" aria-level={1}>
        {copy.name[lang]}
      </Text>
      {sections.map(([label, text]) => (
        <View key={label} className="separate-consent__section">
          <Text className="separate-consent__label" role="heading" aria-level={2}>
            {label}
          </Text>
          <Text className="separate-consent__text">{text}</Text>
        </View>
      ))}
      <View className="separate-consent__section">
        <Text className="separate-consent__label">{s.refs}</Text>
        <View className="separate-consent__refs">
          {purpose.policyRefs
            .filter((r) => !r.startsWith('BF.'))
            .map((ref) => (
              <Text
                key={ref}
                className="separate-consent__ref"
                role="link"
                onClick={() => go({ page: 'policy', section: ref })}
              >
                §{ref}
              </Text>
            ))}
        </View>
      </View>

      <View className="separate-consent__actions">
        <Text className="separate-consent__only">{s.onlyThis}</Text>
        {granted ? (
          <>
            {state?.decidedBy && (
              <Text className="separate-consent__status">
                {s.grantedOn(formatDate(state.decidedBy.at, lang))}
              </Text>
            )}
            <Button
              className="separate-consent__withdraw"
              onClick={() =>
                purpose.deletesOnWithdrawal.length > 0 ? setConfirming(true) : withdrawNow()
              }
            >
              {s.withdraw}
            </Button>
          </>
        ) : (
          <>
            {guest && (
              <View className="separate-consent__guest">
                <Text>{s.guestNote}</Text>
                <Text
                  className="separate-consent__guest-action"
                  role="link"
                  onClick={() => go({ page: 'notice' })}
                >
                  {s.guestAction}
                </Text>
              </View>
            )}
            {isGuardian && (
              <View
                className="separate-consent__check"
                role="checkbox"
                aria-checked={guardianChecked}
                onClick={() => setGuardianChecked(!guardianChecked)}
              >
                <View
                  className={`separate-consent__box${guardianChecked ? ' separate-consent__box--on' : ''}`}
                />
                <Text className="separate-consent__check-text">{s.guardianCheck}</Text>
              </View>
            )}
            {isGuardian && <Text className="separate-consent__note">{s.guardianNote}</Text>}
            <Button
              className="separate-consent__agree"
              disabled={!canAgree || undefined}
              onClick={agree}
            >
              {s.agree(copy.name[lang])}
            </Button>
            <Button className="separate-consent__refuse" onClick={refuse}>
              {s.refuse}
            </Button>
          </>
        )}
      </View>
      <PageFooter />
      {confirming && (
        <WithdrawSheet
          purposes={[purpose]}
          onConfirm={withdrawNow}
          onCancel={() => setConfirming(false)}
        />
      )}
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(SeparateConsent)
