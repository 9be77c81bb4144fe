import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { purposeCopy } from '../../../../catalogue/purpose-copy'
import type { PurposeId } from '../../../../catalogue/purposes'
import type { Purpose } from '../../../../catalogue/types'
import { LanguageSwitch } from '../../../../components/language-switch'
import { PageFooter } from '../../../../components/page-footer'
import { ConsentSwitch } from '../../../../components/consent-switch'
import { accessibleName } from '../../../../components/form-field/accessible-name'
import { GUARDIAN_CONSENT_PURPOSE_ID } from '../../../../domain/consent-rules'
import { isValidIsoDate } from '../../../../domain/minors'
import { useGuardianFlow, type GuardianProblem } from '../../../../hooks/use-guardian-flow'
import { beijingDate, useMinor } from '../../../../hooks/use-minor'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useLang, useT } from '../../../../i18n/use-t'
import { choicesMessages } from '../../../../i18n/features/choices'
import { optionalPurposes, selectConsentState } from '../../../../store/selectors'
import { useAppStore, useAppStoreApi } from '../../../../store/store-context'
import './index.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

const childPurposes = optionalPurposes.filter((p) => p.id !== GUARDIAN_CONSENT_PURPOSE_ID)

/**
 * Age and guardian consent (§1.6, §12): the date of birth given at sign-up; under 14, the
 * guardian's separate consent with the guardian's phone verified by SMS code, recorded on the
 * child's ledger as the guardian's. Until then no optional purpose counts as granted and the
 * guardian, not the child, makes each optional choice.
 */
function Guardian() {
  const t = useT(choicesMessages)
  const g = t.guardian
  const lang = useLang()
  const store = useAppStoreApi()
  const { go } = useNavigation()
  const minor = useMinor()
  const flow = useGuardianFlow()
  const state = useAppStore((s) => selectConsentState(s))
  const [editing, setEditing] = useState(minor.birthDate === null)
  const [birth, setBirth] = useState(minor.birthDate ?? '')
  const [birthError, setBirthError] = useState<string | null>(null)
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')

  function saveBirth() {
    const value = birth.trim()
    if (!isValidIsoDate(value)) return setBirthError(g.birthInvalid)
    if (value > beijingDate(Date.now())) return setBirthError(g.birthFuture)
    setBirthError(null)
    store.getState().setBirthDate(value)
    setEditing(false)
  }

  // §12.2: each optional choice of a child is made by the guardian, one purpose at a time.
  function toggle(purpose: Purpose, on: boolean) {
    store.getState().recordChoice({
      purposeIds: [purpose.id],
      action: on ? 'grant' : 'withdraw',
      actor: 'guardian',
      source: 'guardian-flow',
    })
  }

  const problemText = (p: GuardianProblem | null): string | null => {
    if (!p) return null
    if (p.kind === 'phone') return g.phoneInvalid
    if (p.kind === 'code') return g.codeInvalid
    return g.error(p.error.localized?.[lang] ?? p.error.message)
  }
  const problem = problemText(flow.problem)

  return (
    <View className="guardian">
      <View className="guardian__bar">
        <Text className="guardian__title" role="heading" aria-level={1}>
          {g.title}
        </Text>
        <LanguageSwitch />
      </View>

      {editing ? (
        <View className="guardian__card guardian__birth">
          <Text className="guardian__text">{g.birthIntro}</Text>
          <Text className="guardian__label">{g.birthLabel}</Text>
          <Input
            className="guardian__input guardian__birth-input"
            value={birth}
            maxlength={10}
            placeholder={g.birthPlaceholder}
            {...accessibleName(g.birthLabel)}
            onInput={(e) => setBirth(e.detail.value)}
          />
          {birthError && (
            <Text className="guardian__error" role="alert">
              {birthError}
            </Text>
          )}
          <Button className="guardian__primary guardian__save-birth" onClick={saveBirth}>
            {g.saveBirth}
          </Button>
        </View>
      ) : (
        <View className="guardian__card">
          <Text className="guardian__text guardian__status">
            {minor.under14 ? g.childIntro : g.adult}
          </Text>
          <Text className="guardian__link" role="button" onClick={() => setEditing(true)}>
            {g.changeBirth}
          </Text>
        </View>
      )}

      {!editing && minor.under14 && !minor.guardianGranted && (
        <View className="guardian__card guardian__verify">
          <Text className="guardian__heading" role="heading" aria-level={2}>
            {g.guardianHeading}
          </Text>
          <Text className="guardian__text">{g.guardianText}</Text>
          <Text
            className="guardian__link"
            role="link"
            onClick={() => go({ page: 'policy', section: '12' })}
          >
            {g.readRules}
          </Text>
          <Text className="guardian__label">{g.phoneLabel}</Text>
          <Input
            className="guardian__input guardian__phone"
            type="number"
            maxlength={11}
            value={phone}
            placeholder={g.phonePlaceholder}
            {...accessibleName(g.phoneLabel)}
            onInput={(e) => setPhone(e.detail.value)}
          />
          <Button
            className="guardian__secondary guardian__send"
            disabled={flow.busy || flow.secondsUntilResend > 0 || undefined}
            onClick={() => void flow.sendCode(phone)}
          >
            {flow.secondsUntilResend > 0 ? g.resend(flow.secondsUntilResend) : g.sendCode}
          </Button>
          {flow.sent && (
            <View>
              <Text className="guardian__text guardian__sent">
                {g.sentTo(flow.sent.maskedPhone)}
              </Text>
              <Text className="guardian__label">{g.codeLabel}</Text>
              <Input
                className="guardian__input guardian__code"
                type="number"
                maxlength={6}
                value={code}
                placeholder={g.codePlaceholder}
                {...accessibleName(g.codeLabel)}
                onInput={(e) => setCode(e.detail.value)}
              />
              <Button
                className="guardian__primary guardian__agree"
                disabled={flow.busy || undefined}
                onClick={() => void flow.verify(code)}
              >
                {g.agree}
              </Button>
            </View>
          )}
          {problem && (
            <Text className="guardian__error" role="alert">
              {problem}
            </Text>
          )}
        </View>
      )}

      {!editing && minor.under14 && minor.guardianGranted && (
        <View className="guardian__purposes">
          <Text className="guardian__text guardian__granted" role="status">
            {g.granted}
          </Text>
          <Text className="guardian__heading" role="heading" aria-level={2}>
            {g.purposesHeading}
          </Text>
          {childPurposes.map((p) => {
            const granted = state[p.id]?.granted === true
            return (
              <View key={p.id} className={`guardian__purpose guardian__purpose--${p.id}`}>
                <View className="guardian__purpose-text">
                  <Text className="guardian__purpose-name">
                    {purposeCopy[p.id as PurposeId].name[lang]}
                  </Text>
                  <Text className="guardian__purpose-desc">
                    {purposeCopy[p.id as PurposeId].description[lang]}
                  </Text>
                </View>
                <ConsentSwitch
                  checked={granted}
                  label={t.purposeCard.switchLabel(purposeCopy[p.id as PurposeId].name[lang])}
                  onToggle={() => toggle(p, !granted)}
                />
              </View>
            )
          })}
        </View>
      )}

      <PageFooter />
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(Guardian)
