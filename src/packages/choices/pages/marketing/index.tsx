import { Button, Text, View } from '@tarojs/components'
import { LanguageSwitch } from '../../../../components/language-switch'
import { PageFooter } from '../../../../components/page-footer'
import { PurposeCard } from '../../../../components/purpose-card'
import {
  channelPurposes,
  personalisedPurpose,
  useMarketingPreferences,
} from '../../../../hooks/use-marketing-preferences'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useT } from '../../../../i18n/use-t'
import { choicesMessages } from '../../../../i18n/features/choices'
import './index.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

/**
 * Marketing preferences (§3.3, §3.4, §9.3(a)): a switch per channel, "stop all marketing" in
 * one tap (§3.4(c)), personalised push on its own switch, and service announcements (§3.5),
 * which are not marketing and stay on.
 */
function MarketingPreferences() {
  const t = useT(choicesMessages)
  const m = t.marketingPrefs
  const { go } = useNavigation()
  const prefs = useMarketingPreferences()
  return (
    <View className="marketing-prefs">
      <View className="marketing-prefs__bar">
        <Text className="marketing-prefs__title" role="heading" aria-level={1}>
          {m.title}
        </Text>
        <LanguageSwitch />
      </View>
      <Text className="marketing-prefs__intro">{m.intro}</Text>

      <View className="marketing-prefs__stop">
        <Button className="marketing-prefs__stop-all" onClick={prefs.stopAll}>
          {m.stopAll}
        </Button>
        <Text className="marketing-prefs__note">
          {prefs.stopped ? m.stoppedAll : prefs.granted.length === 0 ? m.nothingOn : m.stopAllNote}
        </Text>
      </View>

      {prefs.under14 && (
        <View className="marketing-prefs__guardian">
          <Text className="marketing-prefs__guardian-text">{m.guardianNeeded}</Text>
          <Text
            className="marketing-prefs__link"
            role="link"
            onClick={() => go({ page: 'guardian' })}
          >
            {m.guardianAction}
          </Text>
        </View>
      )}

      <Text className="marketing-prefs__heading" role="heading" aria-level={2}>
        {m.channelsHeading}
      </Text>
      {channelPurposes.map((p) => (
        <PurposeCard key={p.id} purpose={p} state={prefs.state[p.id]} onToggle={prefs.toggle} />
      ))}

      {personalisedPurpose && (
        <View className="marketing-prefs__personalised">
          <Text className="marketing-prefs__heading" role="heading" aria-level={2}>
            {m.personalisedHeading}
          </Text>
          <Text className="marketing-prefs__note">{m.personalisedNote}</Text>
          <PurposeCard
            purpose={personalisedPurpose}
            state={prefs.state[personalisedPurpose.id]}
            onToggle={prefs.toggle}
          />
        </View>
      )}

      <View className="marketing-prefs__service">
        <Text className="marketing-prefs__heading" role="heading" aria-level={2}>
          {m.serviceHeading}
        </Text>
        <Text className="marketing-prefs__service-note">{m.serviceNote}</Text>
      </View>

      <PageFooter />
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(MarketingPreferences)
