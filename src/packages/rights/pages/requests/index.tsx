import { Button, Text, View } from '@tarojs/components'
import { rightByType } from '../../../../catalogue/rights'
import { beijingDate } from '../../../../domain/working-days'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useRightsErrorText, useRightsRequestList } from '../../../../hooks/use-rights-requests'
import { useLang, useT } from '../../../../i18n/use-t'
import { rightsMessages } from '../../../../i18n/features/rights'
import '../../rights.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

/** §10.1 tracking: every request with its status and due date, newest first. */
function RightsRequests() {
  const t = useT(rightsMessages)
  const lang = useLang()
  const { go } = useNavigation()
  const { state, reload } = useRightsRequestList()
  const errorText = useRightsErrorText()
  return (
    <View className="rights rights-list">
      <Text className="rights__title" role="heading" aria-level={1}>
        {t.rightsList.title}
      </Text>
      {state.phase === 'loading' && <Text className="rights__muted">{t.common.loading}</Text>}
      {state.phase === 'error' && (
        <View>
          <Text className="rights__error" role="alert">
            {errorText(state.error)}
          </Text>
          <Button className="rights__secondary" onClick={() => void reload()}>
            {t.common.retry}
          </Button>
        </View>
      )}
      {state.phase === 'ready' && state.value.length === 0 && (
        <Text className="rights__text">{t.rightsList.empty}</Text>
      )}
      {state.phase === 'ready' &&
        state.value.map((r) => (
          <View
            key={r.id}
            className="rights__card rights-list__item"
            role="link"
            onClick={() => go({ page: 'rights-request', id: r.id })}
          >
            <Text className="rights__card-title">{rightByType[r.type].name[lang]}</Text>
            <Text className={`rights__status rights__status--${r.status}`}>
              {t.rightsStatus[r.status]}
            </Text>
            <Text className="rights__muted">
              {t.rightsList.submittedOn(beijingDate(r.submittedAt))}
              {r.onBehalfOf !== 'self' ? ` · ${t.rightsList.forOther}` : ''}
            </Text>
            {r.dueDate && (r.status === 'verified' || r.status === 'in-progress') && (
              <Text className="rights__muted">
                {t.rightsList.dueBy(r.dueDate, r.dueDateEstimated === true)}
              </Text>
            )}
          </View>
        ))}
      <Button className="rights__primary" onClick={() => go({ page: 'rights' })}>
        {t.rightsList.newRequest}
      </Button>
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(RightsRequests)
