import { Button, Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { policyMeta } from '../../catalogue/policy/outline'
import { currentPolicyVersion } from '../../catalogue/policy/versions'
import { LanguageSwitch } from '../../components/language-switch'
import { PageFooter } from '../../components/page-footer'
import { PolicySummaryList } from '../../components/policy-summary-list'
import { useFirstPaintDone } from '../../hooks/use-first-paint'
import { useNavigation } from '../../hooks/use-navigation'
import { usePrivacyContract } from '../../hooks/use-privacy-gate'
import { formatDate } from '../../i18n/format-date'
import { useLang, useT } from '../../i18n/use-t'
import { useAppStore, useAppStoreApi } from '../../store/store-context'
import './index.scss'
import { withPrivacyPopup } from '../../components/privacy-popup'

const AGREE_BUTTON_ID = 'notice-agree'

/**
 * The privacy notice, before anything personal is collected (§1.5): each section's summary, the
 * full text with its numbers, the version and date, the Chinese-prevails line (§15.1) and
 * WeChat's privacy contract. Agreeing uses WeChat's agreePrivacyAuthorization button so WeChat's
 * own gate is satisfied too; declining is guest mode, where browsing still works.
 */
function Notice() {
  const t = useT()
  const lang = useLang()
  const api = useAppStoreApi()
  const { go, back } = useNavigation()
  const openContract = usePrivacyContract()
  const notice = useAppStore((s) => s.notice)
  const accepted = notice?.decision === 'accepted'
  // H5: what lies below the fold (the decision's explanation, the footer) renders right after
  // the first paint; the fixed agree/decline bar is there from the start (notice LCP budget).
  const painted = useFirstPaintDone()
  // The start page waits for this page to close on first start (see pages/index).
  useEffect(() => () => api.getState().noticeClosed(), [api])

  function decide(decision: 'accepted' | 'declined') {
    const state = api.getState()
    const firstDecision = state.notice === null
    state.decideNotice(decision)
    // A privacy API waiting on WeChat's gate gets the same answer (§1.5).
    const ask = state.privacyAsk
    if (ask) {
      state.markPrivacyExposed()
      ask.resolve(
        decision === 'accepted'
          ? { event: 'agree', buttonId: AGREE_BUTTON_ID }
          : { event: 'disagree' },
      )
      state.closePrivacyAsk()
    }
    if (firstDecision) go({ page: 'home' })
    else back()
  }

  // H5's Button ignores openType (Taro 4.2.1): there a tap agrees; on WeChat only the
  // open-type event does, after WeChat has recorded the agreement.
  const onClickAgree = process.env.TARO_ENV === 'weapp' ? undefined : () => decide('accepted')

  return (
    <View className={`notice${accepted ? '' : ' notice--deciding'}`}>
      <View className="notice__bar">
        <Text className="wordmark">{t.app.brand}</Text>
        <LanguageSwitch />
      </View>
      <Text className="notice__title" role="heading" aria-level={1}>
        {t.notice.title}
      </Text>
      <Text className="notice__intro">{t.notice.intro}</Text>
      <Text className="notice__meta">
        {t.notice.versionLine(policyMeta.dateLabel[lang], currentPolicyVersion.version)}
      </Text>
      <Text className="notice__meta notice__prevails">{t.notice.prevailsLine}</Text>
      <Text className="notice__meta">{t.notice.specificPolicies}</Text>

      <View className="notice__links">
        <Text
          className="notice__link notice__full-text"
          role="link"
          onClick={() => go({ page: 'policy' })}
        >
          {t.notice.readFullText}
        </Text>
        <Text
          className="notice__link notice__contract"
          role="link"
          onClick={() => void openContract()}
        >
          {t.notice.openContract}
        </Text>
      </View>

      <Text className="notice__heading" role="heading" aria-level={2}>
        {t.notice.summaryHeading}
      </Text>
      <PolicySummaryList />

      {painted && (
        <View className="notice__decision">
          <Text className="notice__heading notice__heading--first" role="heading" aria-level={2}>
            {t.notice.agreeHeading}
          </Text>
          {accepted && notice && (
            <Text className="notice__status">
              {t.notice.acceptedOn(formatDate(notice.at, lang))}
            </Text>
          )}
          {notice?.decision === 'declined' && (
            <Text className="notice__status">{t.notice.declinedNow}</Text>
          )}
          <Text className="notice__hint">{t.notice.agreeHint}</Text>
          {accepted ? (
            <Button className="notice__back" onClick={back}>
              {t.notice.back}
            </Button>
          ) : (
            <Text className="notice__hint">{t.notice.declineHint}</Text>
          )}
        </View>
      )}
      {/* Until the user decides, both answers stay in reach while reading (fixed bar). */}
      {!accepted && (
        <View className="notice__actions">
          <Button className="notice__decline" onClick={() => decide('declined')}>
            {t.notice.decline}
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className="notice__agree"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => decide('accepted')}
            onClick={onClickAgree}
          >
            {t.notice.agree}
          </Button>
        </View>
      )}
      {painted && <PageFooter current="notice" />}
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(Notice)
