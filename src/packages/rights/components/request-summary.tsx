import { Text, View } from '@tarojs/components'
import { rightByType, requestDataCategories, subjectFields } from '../../../catalogue/rights'
import type { Lang } from '../../../catalogue/types'
import type { RightsRequestDto } from '../../../contract/rights-requests'
import type { RightsT } from '../../../i18n/features/rights'
import { purposeName } from '../../../i18n/purpose-name'

const isCategory = (v: string): v is (typeof requestDataCategories)[number] =>
  (requestDataCategories as readonly string[]).includes(v)

/** What the person asked, in their words: catalogue labels, option names, purpose names. */
export function RequestDetails({
  request,
  lang,
  t,
}: {
  request: RightsRequestDto
  lang: Lang
  t: RightsT
}) {
  const fields = rightByType[request.type].fields
  const subject = request.onBehalfOf === 'self' ? [] : subjectFields[request.onBehalfOf]
  const show = (id: string, raw: unknown): string => {
    const field = fields.find((f) => f.id === id)
    const values = Array.isArray(raw) ? raw.map(String) : [String(raw)]
    return values
      .map((v) => {
        if (field?.kind === 'purposes') return purposeName(v, lang)
        if (field?.kind === 'categories' && isCategory(v)) return t.rightsForm.categories[v]
        return field?.options?.find((o) => o.value === v)?.label[lang] ?? v
      })
      .join(t.rightsDetail.listSeparator)
  }
  return (
    <View className="rights__card request-details">
      <View className="rights__row">
        <Text className="rights__row-key">{t.rightsForm.forWhom}</Text>
        <Text className="rights__row-value">{t.rightsForm.onBehalfOf[request.onBehalfOf]}</Text>
      </View>
      {subject
        .filter((f) => request.subject?.[f.id])
        .map((f) => (
          <View key={`s-${f.id}`} className="rights__row">
            <Text className="rights__row-key">{f.label[lang]}</Text>
            <Text className="rights__row-value">{request.subject?.[f.id]}</Text>
          </View>
        ))}
      {Object.entries(request.details).map(([id, v]) => (
        <View key={id} className="rights__row">
          <Text className="rights__row-key">
            {fields.find((f) => f.id === id)?.label[lang] ?? id}
          </Text>
          <Text className="rights__row-value">{show(id, v)}</Text>
        </View>
      ))}
      {/* §10.1: the photos kept with the request (deleted with it); their bytes stay on the server. */}
      {(request.attachments ?? []).map((a) => (
        <View key={a.id} className="rights__row">
          <Text className="rights__row-key">{t.rightsForm.photos[a.kind]}</Text>
          <Text className="rights__row-value">
            {t.rightsDetail.photoKept(Math.max(1, Math.round(a.sizeBytes / 1024)))}
          </Text>
        </View>
      ))}
    </View>
  )
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** The outcome of a completed request: withdrawals, deletions, answers given in text. */
export function RequestResult({ result, t }: { result: unknown; t: RightsT }) {
  if (!isRecord(result)) return null
  const r = t.rightsDetail.resultItems
  const rows: { key: string; label: string; value: string }[] = []
  if (Array.isArray(result['withdrawn']))
    rows.push({ key: 'withdrawn', label: r.withdrawn(result['withdrawn'].length), value: '' })
  if (isRecord(result['deleted'])) {
    const n = Object.values(result['deleted']).reduce<number>(
      (a, b) => a + (typeof b === 'number' ? b : 0),
      0,
    )
    rows.push({ key: 'deleted', label: r.deleted, value: String(n) })
  }
  if (result['erasure'] !== undefined) rows.push({ key: 'erasure', label: r.erasure, value: '' })
  // Answers written by INDIGO (an explanation, a note) are shown as they were written.
  const texts = Object.entries(result).filter(
    (e): e is [string, string] => typeof e[1] === 'string',
  )
  if (rows.length === 0 && texts.length === 0) return null
  return (
    <View className="rights__card request-result">
      {texts.map(([k, v]) => (
        <Text key={k} className="rights__text">
          {v}
        </Text>
      ))}
      {rows.map((row) => (
        <View key={row.key} className="rights__row">
          <Text className="rights__row-key">{row.label}</Text>
          <Text className="rights__row-value">{row.value}</Text>
        </View>
      ))}
    </View>
  )
}
