import { Text, View } from '@tarojs/components'
import type { Lang, PolicyItem, PolicyParagraph } from '../../../../catalogue/types'

/** A lettered or roman item, nested as the policy nests them, with its own label. */
function Item({ item, lang, target }: { item: PolicyItem; lang: Lang; target: string }) {
  const id = anchorOf(item.id)
  return (
    <View className={`full-text__item${id === target ? ' full-text__target' : ''}`} id={id}>
      <Text className="full-text__text">
        <Text className="full-text__label">{item.label} </Text>
        {item.text[lang]}
      </Text>
      {item.items?.map((sub) => (
        <Item key={sub.id} item={sub} lang={lang} target={target} />
      ))}
    </View>
  )
}

/**
 * A numbered paragraph ("3.4"), its items and the unnumbered lines after them; the clause the
 * user came for (`target`) is marked.
 */
export function Paragraph(props: { paragraph: PolicyParagraph; lang: Lang; target: string }) {
  const { paragraph, lang, target } = props
  const id = anchorOf(paragraph.id)
  return (
    <View className={`full-text__paragraph${id === target ? ' full-text__target' : ''}`} id={id}>
      <Text className="full-text__text">
        <Text className="full-text__number">{paragraph.id} </Text>
        {paragraph.text[lang]}
      </Text>
      {paragraph.items?.map((item) => (
        <Item key={item.id} item={item} lang={lang} target={target} />
      ))}
      {paragraph.after?.map((line, i) => (
        <Text key={i} className="full-text__text full-text__after">
          {line[lang]}
        </Text>
      ))}
    </View>
  )
}

/** "3.1(g)" -> "p-3-1-g": an id WXML and the DOM both accept, for scroll-into-view. */
export function anchorOf(id: string): string {
  return `p-${id.replace(/[^0-9A-Za-z]+/g, '-').replace(/-$/, '')}`
}
