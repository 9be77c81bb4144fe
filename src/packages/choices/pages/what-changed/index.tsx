import { Button, Text, View } from '@tarojs/components'
import { businessFunctionsTitle } from '../../../../catalogue/policy/business-functions'
import { policyOutline } from '../../../../catalogue/policy/outline'
import { LanguageSwitch } from '../../../../components/language-switch'
import { PurposeCard } from '../../../../components/purpose-card'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useReconsent } from '../../../../hooks/use-reconsent'
import { useLang, useT } from '../../../../i18n/use-t'
import './index.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

/**
 * "What changed" (§14.1): when the policy version differs from the one a grant was given
 * under, the changed sections from the structured policy, and a new ask for only the purposes
 * those sections affect. Until the user answers, those purposes count as not granted (the
 * ledger derives 'needs-reconsent'); every other choice stays as it was.
 */
function WhatChanged() {
  const t = useT()
  const w = t.whatChanged
  const lang = useLang()
  const { go } = useNavigation()
  const r = useReconsent()
  const { plan } = r

  const sectionTitle = (id: string): string =>
    id === 'BF'
      ? businessFunctionsTitle[lang]
      : `${id}. ${policyOutline.find((s) => s.id === id)?.title[lang] ?? ''}`
  const paragraphsOf = (sectionId: string) =>
    plan.changedParagraphs.filter((p) =>
      sectionId === 'BF' ? p.startsWith('BF.') : p.split('.')[0] === sectionId,
    )

  return (
    <View className="what-changed">
      <View className="what-changed__bar">
        <Text className="what-changed__title" role="heading" aria-level={1}>
          {plan.purposes.length === 0 ? w.upToDateTitle : w.title}
        </Text>
        <LanguageSwitch />
      </View>
      {plan.purposes.length === 0 ? (
        <Text className="what-changed__empty">{w.upToDate}</Text>
      ) : (
        <View>
          <Text className="what-changed__intro">{w.intro(r.version)}</Text>
          <Text className="what-changed__heading" role="heading" aria-level={2}>
            {w.sectionsHeading}
          </Text>
          {plan.changedSections.map((id) => (
            <View
              key={id}
              className={`what-changed__section what-changed__section--${id}`}
              onClick={() => go({ page: 'policy', section: id === 'BF' ? undefined : id })}
            >
              <Text className="what-changed__section-title">{sectionTitle(id)}</Text>
              <Text className="what-changed__paragraphs">
                {w.paragraphs(paragraphsOf(id).join(', '))}
              </Text>
            </View>
          ))}

          <Text className="what-changed__heading" role="heading" aria-level={2}>
            {w.purposesHeading}
          </Text>
          <Text className="what-changed__note">{w.purposesNote}</Text>
          {plan.purposes.map((p) => (
            <View key={p.id} className="what-changed__purpose">
              <Text className="what-changed__reasons">
                {w.reasons((plan.reasons[p.id] ?? []).map((ref) => `§${ref}`).join(', '))}
              </Text>
              <PurposeCard purpose={p} state={r.state[p.id]} onToggle={r.toggle} />
            </View>
          ))}
        </View>
      )}

      <Button className="what-changed__done" onClick={() => go({ page: 'home' })}>
        {w.done}
      </Button>
      <Text className="what-changed__link" role="link" onClick={() => go({ page: 'policy' })}>
        {w.readPolicy}
      </Text>
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(WhatChanged)
