import { Text, View } from '@tarojs/components'
import { policyOutline } from '../../catalogue/policy/outline'
import { useFirstPaintDone } from '../../hooks/use-first-paint'
import { useLang } from '../../i18n/use-t'
import './index.scss'

/**
 * The sections a 375×667 screen shows below the notice's heading: the first (in both languages
 * §2 starts under the fixed agree/decline bar), which is also the notice's largest text. On H5
 * the first paint shows it and the others follow right after, so the notice is not held up by
 * laying out text nobody sees yet (LCP budget, bench/). The start page shows none before its
 * cards, so the same count is safe there.
 */
const FIRST_SCREEN_SECTIONS = 1

/** Each section's plain-language summary, with its number so it can be cited ("§3"). */
export function PolicySummaryList() {
  const lang = useLang()
  const painted = useFirstPaintDone()
  const sections = painted ? policyOutline : policyOutline.slice(0, FIRST_SCREEN_SECTIONS)
  return (
    <View className="psl">
      {sections.map((section) => (
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
