import { Button, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { rightByType } from '../../../../catalogue/rights'
import { SmsVerify } from '../../../../components/sms-verify'
import { StatusTimeline } from '../../../../components/status-timeline'
import { formatBeijingTime } from '../../../../domain/beijing-time'
import { findExport } from '../../../../domain/export-summary'
import { isOpen, isOverdue } from '../../../../domain/rights-request'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useRightsErrorText, useRightsRequest } from '../../../../hooks/use-rights-requests'
import { useLang, useT } from '../../../../i18n/use-t'
import { rightsMessages } from '../../../../i18n/features/rights'
import { RequestDetails, RequestResult } from '../../components/request-summary'
import '../../rights.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

/**
 * One request: its status timeline, the due date in working days, the result when completed,
 * the reason when refused (§10.4), and cancel while it is still open.
 */
function RightsRequestDetail() {
  const t = useT(rightsMessages)
  const lang = useLang()
  const { go, params } = useNavigation()
  const id = useMemo(() => params()['id'] ?? '', [params])
  const { state, cancel, verify, actionError, reload } = useRightsRequest(id)
  const errorText = useRightsErrorText()
  const [asking, setAsking] = useState(false)
  const d = t.rightsDetail

  if (state.phase === 'loading')
    return (
      <View className="rights">
        <Text className="rights__muted">{t.common.loading}</Text>
      </View>
    )
  if (state.phase === 'error')
    return (
      <View className="rights">
        <Text className="rights__error" role="alert">
          {state.error.status === 404 ? d.notFound : errorText(state.error)}
        </Text>
        <Button className="rights__secondary" onClick={() => void reload()}>
          {t.common.retry}
        </Button>
      </View>
    )

  const r = state.value
  const open = isOpen(r.status)
  const hasExport = r.status === 'completed' && findExport(r.result) !== null
  return (
    <View className="rights rights-detail">
      <Text className="rights__card-ref">
        {rightByType[r.type].policyRefs.map((ref) => `§${ref}`).join(' · ')}
      </Text>
      <Text className="rights__title" role="heading" aria-level={1}>
        {rightByType[r.type].name[lang]}
      </Text>
      <Text className={`rights__status rights__status--${r.status}`}>
        {t.rightsStatus[r.status]}
      </Text>
      {r.status === 'submitted' && <Text className="rights__warning">{d.notVerified}</Text>}
      {r.dueDate && open && (
        <Text className="rights__callout">{d.dueBy(r.dueDate, r.dueDateEstimated === true)}</Text>
      )}
      {isOverdue(r, Date.now()) && <Text className="rights__warning">{d.overdue}</Text>}
      {r.status === 'rejected' && r.rejection && (
        <View className="rights__card rights-detail__rejection">
          <Text className="rights__card-title">{d.rejectedHeading}</Text>
          <Text className="rights__card-ref">{d.reasons[r.rejection.reason]}</Text>
          <Text className="rights__card-text">{r.rejection.message[lang]}</Text>
        </View>
      )}
      {r.status === 'completed' && (
        <View>
          <Text className="rights__section-title">{d.result}</Text>
          <RequestResult result={r.result} t={t} />
          {hasExport && (
            <Button
              className="rights__primary"
              onClick={() => go({ page: 'rights-export', id: r.id })}
            >
              {d.viewExport}
            </Button>
          )}
        </View>
      )}
      {actionError && (
        <Text className="rights__error" role="alert">
          {errorText(actionError)}
        </Text>
      )}
      {/* §10.3: a request sent without verification waits until the person verifies. */}
      {r.status === 'submitted' && (
        <SmsVerify
          actionLabel={d.verifyNow}
          onVerified={async (token) => void (await verify(token))}
        />
      )}
      <Text className="rights__section-title">{d.timeline}</Text>
      <View className="rights__card">
        <StatusTimeline
          label={d.timeline}
          steps={r.history.map((h, i) => ({
            key: `${h.status}-${i}`,
            label: t.rightsTimeline[h.status],
            time: formatBeijingTime(h.at),
            ...(h.note ? { note: h.note } : {}),
          }))}
        />
      </View>
      <Text className="rights__section-title">{d.details}</Text>
      <RequestDetails request={r} lang={lang} t={t} />
      {open && !asking && (
        <Button className="rights__secondary rights-detail__cancel" onClick={() => setAsking(true)}>
          {d.cancel}
        </Button>
      )}
      {open && asking && (
        <View
          className="rights__warning rights-detail__confirm"
          role="dialog"
          aria-label={d.cancelTitle}
        >
          <Text className="rights__card-title">{d.cancelTitle}</Text>
          <Text className="rights__card-text">{d.cancelText}</Text>
          <Button
            className="rights__danger"
            onClick={async () => {
              if (await cancel()) setAsking(false)
            }}
          >
            {d.confirmCancel}
          </Button>
          <Button className="rights__secondary" onClick={() => setAsking(false)}>
            {d.keep}
          </Button>
        </View>
      )}
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(RightsRequestDetail)
