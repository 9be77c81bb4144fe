import { Button, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { formatBeijingTime } from '../../../../domain/beijing-time'
import { exportJson, findExport, summariseExport } from '../../../../domain/export-summary'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useRightsClipboard } from '../../../../hooks/use-rights-clipboard'
import { useRightsErrorText, useRightsRequest } from '../../../../hooks/use-rights-requests'
import { useT } from '../../../../i18n/use-t'
import { rightsMessages } from '../../../../i18n/features/rights'
import '../../rights.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

/** §10.1(a): the export of a completed access request, as a readable summary and as JSON. */
function RightsExport() {
  const t = useT(rightsMessages)
  const { params } = useNavigation()
  const id = useMemo(() => params()['id'] ?? '', [params])
  const { state } = useRightsRequest(id)
  const errorText = useRightsErrorText()
  const copy = useRightsClipboard()
  const [copied, setCopied] = useState<boolean | null>(null)
  const e = t.rightsExport

  if (state.phase === 'loading')
    return (
      <View className="rights">
        <Text className="rights__muted">{t.common.loading}</Text>
      </View>
    )
  if (state.phase === 'error')
    return (
      <View className="rights">
        <Text className="rights__error">{errorText(state.error)}</Text>
      </View>
    )
  const exp = findExport(state.value.result)
  if (!exp)
    return (
      <View className="rights">
        <Text className="rights__text">{e.notAvailable}</Text>
      </View>
    )
  const summary = summariseExport(exp)
  const json = exportJson(exp)
  // §10.1(a): the format the person asked for; a readable summary unless "JSON only".
  const readable = state.value.details['format'] !== 'json'
  return (
    <View className="rights rights-export">
      <Text className="rights__title" role="heading" aria-level={1}>
        {e.title}
      </Text>
      <Text className="rights__intro">{readable ? e.intro : e.introJson}</Text>
      {summary.exportedAt !== undefined && (
        <Text className="rights__muted">{e.exportedAt(formatBeijingTime(summary.exportedAt))}</Text>
      )}
      {readable && <Text className="rights__section-title">{e.profile}</Text>}
      {readable && (
        <View className="rights__card">
          {summary.profile.length === 0 && <Text className="rights__muted">{e.noProfile}</Text>}
          {summary.profile.map((p) => (
            <View key={p.field} className="rights__row">
              <Text className="rights__row-key">{e.fields[p.field as keyof typeof e.fields]}</Text>
              <Text className="rights__row-value">{p.value}</Text>
            </View>
          ))}
          {summary.pointsBalance !== undefined && (
            <Text className="rights__muted">{e.pointsBalance(summary.pointsBalance)}</Text>
          )}
        </View>
      )}
      {readable && (
        <View className="rights__card rights-export__counts">
          {summary.counts.map((c) => (
            <View key={c.section} className="rights__row">
              <Text className="rights__row-key">{e.sections[c.section]}</Text>
              <Text className="rights__row-value">{e.records(c.count)}</Text>
            </View>
          ))}
        </View>
      )}
      <Button
        className="rights__primary"
        onClick={async () => {
          setCopied(await copy(json))
        }}
      >
        {e.copy}
      </Button>
      {copied === true && (
        <Text className="rights__callout" role="status">
          {e.copied}
        </Text>
      )}
      {copied === false && (
        <Text className="rights__warning" role="alert">
          {e.copyFailed}
        </Text>
      )}
      <Text className="rights__section-title">{e.json}</Text>
      <Text className="rights__json" userSelect selectable>
        {json}
      </Text>
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(RightsExport)
