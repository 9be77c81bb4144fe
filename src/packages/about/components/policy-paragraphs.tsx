import { Text, View } from '@tarojs/components'
import type { Lang, PolicyItem, PolicyParagraph } from '../../../catalogue/types'

function Items({ items, lang }: { items: readonly PolicyItem[]; lang: Lang }) {
  return (
    <View className="transparency__items">
      {items.map((item) => (
        <View key={item.id} className="transparency__item">
          <Text className="transparency__text">{`${item.label} ${item.text[lang]}`}</Text>
          {item.items && <Items items={item.items} lang={lang} />}
        </View>
      ))}
    </View>
  )
}

/** The policy's own words for the paragraphs a transparency section cites (§15.1: zh-CN prevails). */
export function PolicyParagraphs({
  paragraphs,
  lang,
}: {
  paragraphs: readonly PolicyParagraph[]
  lang: Lang
}) {
  return (
    <View className="transparency__paragraphs">
      {paragraphs.map((p) => (
        <View key={p.id} className={`transparency__paragraph transparency__paragraph--${p.id}`}>
          <Text className="transparency__text">{`${p.id} ${p.text[lang]}`}</Text>
          {p.items && <Items items={p.items} lang={lang} />}
          {(p.after ?? []).map((line, i) => (
            <Text key={i} className="transparency__text">
              {line[lang]}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
