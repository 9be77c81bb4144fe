import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { cataloguePolicyChain } from '../../domain/catalogue-context'
import { currentReconsentPlan } from '../../hooks/use-reconsent'
import { useNavigation, type Route } from '../../hooks/use-navigation'
import { useT } from '../../i18n/use-t'
import { selectConsentState } from '../../store/selectors'
import { useAppStore } from '../../store/store-context'
import './index.scss'

/**
 * "What changed" opens by itself once per launch and policy version in force; after that the
 * banner stays. A version the backend publishes while the app runs opens it again (§14.1).
 */
let reconsentShownFor: string | null = null

/**
 * The start page's way into the consent journeys: the §14.1 re-consent banner
 * (opened once per launch when the policy changed since a grant), marketing preferences,
 * consent history, transparency and the guardian flow.
 */
export function JourneyLinks() {
  const t = useT()
  const j = t.journeyLinks
  const { go } = useNavigation()
  const accepted = useAppStore((s) => s.notice?.decision === 'accepted')
  const stale = useAppStore(
    (s) => currentReconsentPlan(selectConsentState(s), s.newerPolicy).purposes.length,
  )
  const version = useAppStore((s) => cataloguePolicyChain(s.newerPolicy).currentVersion)

  useEffect(() => {
    if (accepted && stale > 0 && reconsentShownFor !== version) {
      reconsentShownFor = version
      go({ page: 'what-changed' })
    }
    // Not on `go` (a new function each render): the banner covers the rest.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [accepted, stale, version])

  const links: { route: Route; title: string; text: string; key: string }[] = [
    {
      key: 'marketing',
      route: { page: 'marketing-preferences' },
      title: j.marketing,
      text: j.marketingText,
    },
    { key: 'history', route: { page: 'consent-history' }, title: j.history, text: j.historyText },
    {
      key: 'transparency',
      route: { page: 'transparency' },
      title: j.transparency,
      text: j.transparencyText,
    },
    { key: 'guardian', route: { page: 'guardian' }, title: j.guardian, text: j.guardianText },
  ]

  return (
    <View className="journey-links">
      {accepted && stale > 0 && (
        <View className="journey-links__reconsent" role="alert">
          <Text className="journey-links__reconsent-text">{j.reconsent(stale)}</Text>
          <Text
            className="journey-links__action"
            role="link"
            onClick={() => go({ page: 'what-changed' })}
          >
            {j.reconsentAction}
          </Text>
        </View>
      )}
      {links.map((l) => (
        <View
          key={l.key}
          className={`journey-links__card journey-links__card--${l.key}`}
          role="link"
          onClick={() => go(l.route)}
        >
          <Text className="journey-links__title">{l.title}</Text>
          <Text className="journey-links__text">{l.text}</Text>
        </View>
      ))}
    </View>
  )
}
