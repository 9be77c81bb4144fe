import { ScrollView, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { businessFunctionColumns, currentPolicyVersion, policy } from '../../../../catalogue/policy'
import { LanguageSwitch } from '../../../../components/language-switch'
import { PageFooter } from '../../../../components/page-footer'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useLang, useT } from '../../../../i18n/use-t'
import { anchorOf, Paragraph } from './policy-blocks'
import './index.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

/**
 * The whole policy with its own numbering (§3.1(g) …), in the current language, with the
 * version, the date and the Chinese-prevails line (§15.1). A subpackage: the text is large and
 * only needed when asked for. `?section=3.1(g)` scrolls to that paragraph.
 */
function FullText() {
  const t = useT()
  const lang = useLang()
  const { params } = useNavigation()
  const [target, setTarget] = useState('')
  // Set after the first render: scroll-into-view needs the target to exist already.
  useEffect(() => {
    const section = params().section
    if (!section) return
    // "3.1(g)" scrolls to its item, "BF.mall-wifi" to its row, a number "3" to the section.
    const id = /^\d+$/.test(section) ? `s-${section}` : anchorOf(section)
    const timer = setTimeout(() => setTarget(id), 50)
    return () => clearTimeout(timer)
  }, [params])
  return (
    <ScrollView className="full-text" scrollY scrollIntoView={target} scrollWithAnimation={false}>
      <View className="full-text__inner">
        <View className="full-text__bar">
          <Text className="full-text__title" role="heading" aria-level={1}>
            {policy.title[lang]}
          </Text>
          <LanguageSwitch />
        </View>
        <Text className="full-text__meta">
          {t.notice.versionLine(policy.dateLabel[lang], currentPolicyVersion.version)}
        </Text>
        <Text className="full-text__meta full-text__prevails">{t.notice.prevailsLine}</Text>
        {policy.sections.map((section) => (
          <View key={section.id} className="full-text__section" id={`s-${section.id}`}>
            <Text className="full-text__section-title" role="heading" aria-level={2}>
              {section.id}. {section.title[lang]}
            </Text>
            <Text className="full-text__summary">{section.summary[lang]}</Text>
            {section.paragraphs.map((p) => (
              <Paragraph key={p.id} paragraph={p} lang={lang} target={target} />
            ))}
          </View>
        ))}
        <View className="full-text__section" id="s-BF">
          <Text className="full-text__section-title" role="heading" aria-level={2}>
            {policy.businessFunctionsTitle[lang]}
          </Text>
          <Text className="full-text__text">{policy.businessFunctionsIntro[lang]}</Text>
          {policy.businessFunctions.map((bf) => (
            <View key={bf.id} className="full-text__bf" id={anchorOf(`BF.${bf.id}`)}>
              <Text className="full-text__bf-name">{bf.name[lang]}</Text>
              <Text className="full-text__bf-label">{businessFunctionColumns.collected[lang]}</Text>
              <Text className="full-text__text">{bf.collected[lang]}</Text>
              <Text className="full-text__bf-label">{businessFunctionColumns.reasons[lang]}</Text>
              {bf.reasons.map((r, i) => (
                <Text key={i} className="full-text__text">
                  {i + 1}. {r[lang]}
                </Text>
              ))}
            </View>
          ))}
        </View>
        <PageFooter />
      </View>
    </ScrollView>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(FullText)
