import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { GuestBanner } from '../../components/guest-banner'
import { JourneyLinks } from '../../components/journey-links'
import { LanguageSwitch } from '../../components/language-switch'
import { PageFooter } from '../../components/page-footer'
import { PolicySummaryList } from '../../components/policy-summary-list'
import { policyMeta } from '../../catalogue/policy/outline'
import { currentPolicyVersion } from '../../catalogue/policy/versions'
import { useNavigation } from '../../hooks/use-navigation'
import { useLang, useT } from '../../i18n/use-t'
import { useAppStore } from '../../store/store-context'
import { optionalPurposes, selectGrantedOptionalCount } from '../../store/selectors'
import './index.scss'
import { withPrivacyPopup } from '../../components/privacy-popup'

/** The start page: what INDIGO does with personal information, and where the user stands. */
function Home() {
  const t = useT()
  const lang = useLang()
  const granted = useAppStore(selectGrantedOptionalCount)
  const storageIssue = useAppStore((s) => s.storageIssue)
  const undecided = useAppStore((s) => s.notice === null)
  const { go } = useNavigation()
  // §1.5: on first start the notice comes before anything personal is collected, and it is the
  // first screen the user sees: the start page sends them there and shows nothing of its own
  // until the notice closes. Answering it opens the start page anew; backing out of it without
  // an answer comes back here, to browse as a guest.
  const noticeCloses = useAppStore((s) => s.noticeCloses)
  const [closesBefore] = useState(noticeCloses)
  useEffect(() => {
    if (undecided) go({ page: 'notice' })
    // Only at mount: backing out of the notice leaves the user browsing as a guest.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  if (undecided && noticeCloses === closesBefore) return <View className="home" />
  return (
    <View className="home">
      <View className="home__bar">
        <Text className="wordmark">{t.app.brand}</Text>
        <LanguageSwitch />
      </View>
      <Text className="home__title" role="heading" aria-level={1}>
        {t.home.title}
      </Text>
      <Text className="home__intro">{t.home.intro}</Text>
      {storageIssue && <Text className="home__warning">{t.home.storageRecovered}</Text>}
      <GuestBanner />
      <View className="home__card">
        <Text className="home__card-title" role="heading" aria-level={2}>
          {t.home.consentHeading}
        </Text>
        <Text className="home__card-text">
          {granted === 0
            ? t.home.nothingGranted
            : t.home.grantedCount(granted, optionalPurposes.length)}
        </Text>
        <Button className="home__consent-center" onClick={() => go({ page: 'consent-center' })}>
          {t.footer.consentCenterLink}
        </Button>
      </View>
      {/* §10.1: the rights requests (a subpackage, loaded when opened). */}
      <View className="home__card home__rights" role="link" onClick={() => go({ page: 'rights' })}>
        <Text className="home__card-title">{t.home.rightsEntryTitle}</Text>
        <Text className="home__card-text">{t.home.rightsEntryText}</Text>
      </View>
      {/* §3.1(m): member features (a subpackage); each optional one asks when it is used. */}
      <View className="home__card home__member" role="link" onClick={() => go({ page: 'member' })}>
        <Text className="home__card-title">{t.home.memberEntryTitle}</Text>
        <Text className="home__card-text">{t.home.memberEntryText}</Text>
      </View>
      {/* Journeys: re-consent (§14.1), marketing, history, transparency, guardian (§12). */}
      <JourneyLinks />
      <Text className="home__section-title" role="heading" aria-level={2}>
        {t.home.policyHeading}
      </Text>
      <Text className="home__meta">
        {t.home.versionLine(policyMeta.dateLabel[lang], currentPolicyVersion.version)}
      </Text>
      <Text className="home__meta">{t.home.prevailsLine}</Text>
      <Text className="home__link home__notice" role="link" onClick={() => go({ page: 'notice' })}>
        {t.notice.title}
      </Text>
      <PolicySummaryList />
      <PageFooter hideGuestBanner />
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(Home)
