import { Text, View } from '@tarojs/components'
import { policy } from '../../../../catalogue/policy'
import {
  businessFunctionColumns,
  businessFunctions,
  businessFunctionsTitle,
} from '../../../../catalogue/policy/business-functions'
import type { PolicyParagraph } from '../../../../catalogue/types'
import { LanguageSwitch } from '../../../../components/language-switch'
import { PageFooter } from '../../../../components/page-footer'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useLang, useT } from '../../../../i18n/use-t'
import { aboutMessages } from '../../../../i18n/features/about'
import { PolicyParagraphs } from '../../components/policy-paragraphs'
import './index.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

const paragraphs = (ids: readonly string[]): PolicyParagraph[] =>
  policy.sections.flatMap((s) => s.paragraphs).filter((p) => ids.includes(p.id))
const sectionParagraphs = (sectionId: string): readonly PolicyParagraph[] =>
  policy.sections.find((s) => s.id === sectionId)?.paragraphs ?? []

/**
 * Transparency (§10.1(g)): what we collect where (the business-functions table), who
 * receives it (§4: processors acting for INDIGO and group companies, no third-party handlers),
 * how long we keep it (§8.1), automated decision making and its rights (§9), and how to reach
 * the Data Protection Officer (§10.2). The text is the policy's own, from the catalogue.
 */
function Transparency() {
  const t = useT(aboutMessages)
  const x = t.transparency
  const lang = useLang()
  const { go } = useNavigation()
  const sections: {
    id: string
    heading: string
    paragraphs: readonly PolicyParagraph[]
    ref: string
  }[] = [
    {
      id: 'recipients',
      heading: x.recipientsHeading,
      paragraphs: sectionParagraphs('4'),
      ref: '4',
    },
    { id: 'retention', heading: x.retentionHeading, paragraphs: paragraphs(['8.1']), ref: '8.1' },
    { id: 'adm', heading: x.admHeading, paragraphs: sectionParagraphs('9'), ref: '9' },
    { id: 'dpo', heading: x.dpoHeading, paragraphs: paragraphs(['10.2']), ref: '10.2' },
  ]

  return (
    <View className="transparency">
      <View className="transparency__bar">
        <Text className="transparency__title" role="heading" aria-level={1}>
          {x.title}
        </Text>
        <LanguageSwitch />
      </View>
      <Text className="transparency__intro">{x.intro}</Text>

      <View className="transparency__section transparency__section--where">
        <Text className="transparency__heading" role="heading" aria-level={2}>
          {x.whereHeading}
        </Text>
        <Text className="transparency__caption">{businessFunctionsTitle[lang]}</Text>
        {businessFunctions.map((row) => (
          <View key={row.id} className={`transparency__row transparency__row--${row.id}`}>
            <Text className="transparency__row-name">{row.name[lang]}</Text>
            <Text className="transparency__label">{businessFunctionColumns.collected[lang]}</Text>
            <Text className="transparency__text">{row.collected[lang]}</Text>
            <Text className="transparency__label">{businessFunctionColumns.reasons[lang]}</Text>
            {row.reasons.map((reason, i) => (
              <Text key={i} className="transparency__text">{`${i + 1}. ${reason[lang]}`}</Text>
            ))}
          </View>
        ))}
      </View>

      {sections.map((s) => (
        <View key={s.id} className={`transparency__section transparency__section--${s.id}`}>
          <Text className="transparency__heading" role="heading" aria-level={2}>
            {s.heading}
          </Text>
          {s.id === 'recipients' && (
            <Text className="transparency__summary">{x.recipientsSummary}</Text>
          )}
          <PolicyParagraphs paragraphs={s.paragraphs} lang={lang} />
          <Text
            className="transparency__link"
            role="link"
            onClick={() => go({ page: 'policy', section: s.ref })}
          >
            {x.fullText}
          </Text>
        </View>
      ))}

      <PageFooter />
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(Transparency)
