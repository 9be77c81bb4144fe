import { Text, View } from '@tarojs/components'
import { policyOutline } from '../../catalogue/policy/outline'
import { useLang } from '../../i18n/use-t'
import './index.scss'

/** Each section's plain-language summary, with its number so it can be cited ("§3"). */
export function PolicySummaryList() {
  const lang = useLang()
  return (
    <View className="psl">
      {policyOutline.map((section) => (
        <View key={section.id} className="psl__item">
          <Text className="psl__title">
            §{section.id} {section.title[lang]}
          </Text>
          <Text className="psl__text">{section.summary[lang]}</Text>
        </View>
      ))}
    </View>
  )
}
