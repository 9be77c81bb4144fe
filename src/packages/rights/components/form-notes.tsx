import { Text, View } from '@tarojs/components'
import type { RightsRequestType } from '../../../catalogue/rights'
import type { RightsT } from '../../../i18n/features/rights'

interface Props {
  readonly type: RightsRequestType
  readonly deregistration: boolean
  readonly t: RightsT
  readonly openConsentCenter: () => void
}

/** What the person should know before filling in this particular request. */
export function FormNotes({ type, deregistration, t, openConsentCenter }: Props) {
  const f = t.rightsForm
  return (
    <View className="rights-form__notes">
      {type === 'access-copy' && <Text className="rights__muted">{f.formatNote}</Text>}
      {/* §10.4(ii): a fee may apply to access and correction. */}
      {(type === 'access-copy' || type === 'correct-supplement') && (
        <Text className="rights__muted">{f.feeNote}</Text>
      )}
      {/* §10.1(d): per purpose in the consent center at once, or everything by request. */}
      {type === 'withdraw-consent' && (
        <View className="rights__callout">
          <Text>{f.withdrawHint}</Text>
          <Text className="rights__link" role="link" onClick={openConsentCenter}>
            {f.openConsentCenter}
          </Text>
        </View>
      )}
      {type === 'automated-decision' && <Text className="rights__callout">{f.explainNote}</Text>}
      {deregistration && (
        <View className="rights__warning rights-form__consequences">
          <Text className="rights__card-title">{f.consequencesTitle}</Text>
          <View className="rights__list">
            {f.consequences.map((c) => (
              <Text key={c} className="rights__bullet">
                {c}
              </Text>
            ))}
          </View>
        </View>
      )}
    </View>
  )
}
