import { Text, View } from '@tarojs/components'
import { policyOutline } from '../../catalogue/policy/outline'
import { useFirstPaintDone } from '../../hooks/use-first-paint'
import { useLang } from '../../i18n/use-t'
import './index.scss'

/**
 * The sections a 375×667 screen shows below the notice's and the start page's headings; the
 * rest is below the fold. On H5 the first paint shows these and the others follow right after
 * it, so the notice is not held up by laying out text nobody sees yet (issue 9: notice LCP).
 */
const FIRST_SCREEN_SECTIONS = 2

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
