import { Button, Text, View } from '@tarojs/components'
import { rights } from '../../../../catalogue/rights'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useLang, useT } from '../../../../i18n/use-t'
import { rightsMessages } from '../../../../i18n/features/rights'
import '../../rights.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

/**
 * §10.1 (a)–(g) in plain words: what each request does and how long it takes (15 working days
 * from verification, §10.3), and the limits of §10.4.
 */
function RightsHome() {
  const t = useT(rightsMessages)
  const lang = useLang()
  const { go } = useNavigation()
  return (
    <View className="rights">
      <Text className="rights__title" role="heading" aria-level={1}>
        {t.rightsHome.title}
      </Text>
      <Text className="rights__intro">{t.rightsHome.intro}</Text>
      <Text className="rights__callout">{t.rightsHome.howLong}</Text>
      <Button className="rights__secondary" onClick={() => go({ page: 'rights-requests' })}>
        {t.rightsHome.myRequests}
      </Button>
      {rights.map((r) => (
        <View
          key={r.type}
          className="rights__card rights-home__right"
          role="link"
          onClick={() => go({ page: 'rights-form', type: r.type })}
        >
          <Text className="rights__card-ref">
            {r.policyRefs.map((ref) => `§${ref}`).join(' · ')}
          </Text>
          <Text className="rights__card-title">{r.name[lang]}</Text>
          <Text className="rights__card-text">{r.description[lang]}</Text>
          <Text className="rights__muted">{t.rightsHome.happens[r.type]}</Text>
          <Text className="rights__card-more">{`${t.rightsHome.start} ›`}</Text>
        </View>
      ))}
      <View
        className="rights__card rights__card--danger rights-home__deregister"
        role="link"
        onClick={() => go({ page: 'rights-form', type: 'delete-deregister', scope: 'account' })}
      >
        <Text className="rights__card-ref">§10.1(c)</Text>
        <Text className="rights__card-title">{t.rightsHome.deregisterTitle}</Text>
        <Text className="rights__card-text">{t.rightsHome.deregisterText}</Text>
        <Text className="rights__card-more">{`${t.rightsHome.deregisterAction} ›`}</Text>
      </View>
      <Text className="rights__section-title" role="heading" aria-level={2}>
        {t.rightsHome.limitsHeading}
      </Text>
      <Text className="rights__text">{t.rightsHome.limitsText}</Text>
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(RightsHome)
