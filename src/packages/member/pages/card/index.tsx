import { Button, Text, View } from '@tarojs/components'
import { useCallback, useEffect } from 'react'
import { rewards } from '../../../../catalogue/rewards'
import { MemberCard } from '../../../../components/member-card'
import { RedeemSheet } from '../../../../components/redeem-sheet'
import { useMember, useRedemption } from '../../../../hooks/use-member'
import { useMemberSignUp } from '../../../../hooks/use-member-signup'
import { useMinor } from '../../../../hooks/use-minor'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useLang, useT } from '../../../../i18n/use-t'
import { memberMessages } from '../../../../i18n/features/member'
import { isGranted } from '../../../../store/selectors'
import { useAppStore } from '../../../../store/store-context'
import { disabledIf } from '../../shared/disabled'
import { errorText } from '../../shared/format'
import '../../shared/member.scss'
import { BirthStep } from './birth-step'
import './index.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

/**
 * The member center (§3.1(b), §3.1(m)): sign in, the member card with the points balance, phone
 * binding through WeChat's getPhoneNumber button, redeeming rewards, and the way to the
 * features that each need their own consent.
 */
function MemberCenter() {
  const t = useT(memberMessages)
  const lang = useLang()
  const m = t.member
  const { go } = useNavigation()
  const member = useMember()
  const { setPoints } = member
  const onBalance = useCallback(
    (balance: number) => setPoints((p) => (p ? { ...p, balance } : p)),
    [setPoints],
  )
  const redemption = useRedemption(onBalance)
  const receiptsOn = useAppStore((s) => isGranted(s, 'receipt-photos'))
  const platesOn = useAppStore((s) => isGranted(s, 'licence-plates'))
  const balance = member.points?.balance ?? 0
  const signUp = useMemberSignUp()
  const minor = useMinor()
  const { adopt } = signUp
  const knownBirthDate = member.profile?.birthDate
  useEffect(() => {
    if (knownBirthDate) adopt(knownBirthDate)
  }, [knownBirthDate, adopt])
  // §1.6, §12: until the guardian agrees, nothing personal of a child is asked for or sent.
  const awaitingGuardian = minor.under14 && !minor.guardianGranted

  const error = member.error && (
    <Text className="member-page__error" role="alert">
      {errorText(t, lang, member.error)}
    </Text>
  )

  if (!member.signedIn) {
    return (
      <View className="member-page">
        <Text className="member-page__title" role="heading" aria-level={1}>
          {m.titles.card}
        </Text>
        <Text className="member-page__intro">{m.card.signInNote}</Text>
        {error}
        {member.error?.code === 'notice-not-accepted' ? (
          <Button className="member-btn" onClick={() => go({ page: 'notice' })}>
            {m.gate.outcome['needs-notice']}
          </Button>
        ) : (
          <Button
            className="member-btn"
            {...disabledIf(member.busy)}
            onClick={() => void member.load()}
          >
            {member.busy ? m.card.signingIn : m.card.signIn}
          </Button>
        )}
      </View>
    )
  }

  if (signUp.needed) {
    return (
      <View className="member-page">
        <Text className="member-page__title" role="heading" aria-level={1}>
          {m.titles.card}
        </Text>
        {error}
        <BirthStep signUp={signUp} />
      </View>
    )
  }

  const features = [
    {
      route: 'member-receipts',
      title: m.titles.receipts,
      text: m.card.receiptsText,
      on: receiptsOn,
    },
    { route: 'member-parking', title: m.titles.parking, text: m.card.parkingText, on: platesOn },
    { route: 'member-stores', title: m.titles.stores, text: m.card.storesText, on: null },
  ] as const

  return (
    <View className="member-page">
      <MemberCard
        balance={balance}
        {...(member.profile?.phone ? { phone: member.profile.phone } : {})}
      />
      {error}
      {awaitingGuardian && (
        <View className="member-section member-card-page__guardian">
          <Text className="member-section__note">{m.signUp.awaitingGuardian}</Text>
          <Button className="member-btn" onClick={() => go({ page: 'guardian' })}>
            {m.signUp.toGuardian}
          </Button>
        </View>
      )}
      {!awaitingGuardian && !member.profile?.phone && (
        <View className="member-section">
          <Text className="member-section__note">{m.card.bindPhoneNote}</Text>
          <Button
            className="member-btn"
            openType="getPhoneNumber"
            {...disabledIf(member.busy)}
            onGetPhoneNumber={(e) =>
              member.phoneTrigger === 'button-event' && void member.bindPhone(e.detail)
            }
            onClick={() => member.phoneTrigger === 'click' && void member.bindPhone()}
          >
            {m.card.bindPhone}
          </Button>
        </View>
      )}

      <View className="member-section">
        <Text className="member-section__title" role="heading" aria-level={2}>
          {m.card.features}
        </Text>
        {features.map((f) => (
          <View
            key={f.route}
            className="member-row member-card-page__feature"
            onClick={() => go({ page: f.route })}
          >
            <View className="member-row__main">
              <Text className="member-row__title">{f.title}</Text>
              <Text className="member-row__sub">{f.text}</Text>
            </View>
            {f.on !== null && (
              <Text className={`member-tag${f.on ? ' member-tag--on' : ''}`}>
                {f.on ? m.card.on : m.card.needsConsent}
              </Text>
            )}
            <Text className="member-card-page__chevron">›</Text>
          </View>
        ))}
      </View>

      <View className="member-section">
        <Text className="member-section__title" role="heading" aria-level={2}>
          {m.rewards.heading}
        </Text>
        {rewards.map((r) => (
          <View key={r.id} className="member-row member-card-page__reward">
            <View className="member-row__main">
              <Text className="member-row__title">{r.name[lang]}</Text>
              <Text className="member-row__sub">
                {r.description[lang]} · {m.rewards.cost(r.points)}
              </Text>
            </View>
            <Button
              className="member-card-page__redeem"
              size="mini"
              {...disabledIf(balance < r.points)}
              onClick={() => redemption.open(r)}
            >
              {balance < r.points ? m.rewards.notEnough : m.rewards.redeem}
            </Button>
          </View>
        ))}
      </View>

      {redemption.reward && (
        <RedeemSheet
          reward={redemption.reward}
          balance={balance}
          phase={redemption.phase}
          error={redemption.error}
          onConfirm={() => void redemption.confirm()}
          onCancel={redemption.cancel}
          onClose={redemption.close}
        />
      )}
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(MemberCenter)
