import { Button, Text, View } from '@tarojs/components'
import { LanguageSwitch } from '../../../../components/language-switch'
import { PageFooter } from '../../../../components/page-footer'
import { compareEvents } from '../../../../domain/consent-rules'
import { useConsentReceipts } from '../../../../hooks/use-consent-receipts'
import { formatDate } from '../../../../i18n/format-date'
import { useLang, useT } from '../../../../i18n/use-t'
import { aboutMessages } from '../../../../i18n/features/about'
import { purposeName } from '../../../../i18n/purpose-name'
import { useAppStore } from '../../../../store/store-context'
import './index.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

/** Beijing wall-clock time of an instant, "HH:mm" (the policy's and the backend's zone). */
function clockTime(at: number): string {
  return new Date(at + 8 * 3600_000).toISOString().slice(11, 16)
}

/**
 * The consent history (§10.1(a)): the ledger as a timeline, newest first. Each entry
 * says what, when, under which policy version, on which screen, and whether the user or the
 * guardian (§12.2) gave it. Below it the server's consent receipts, to view and export.
 */
function ConsentHistory() {
  const t = useT(aboutMessages)
  const h = t.history
  const lang = useLang()
  const ledger = useAppStore((s) => s.ledger)
  const receipts = useConsentReceipts()
  const events = [...ledger].sort(compareEvents).reverse()
  const nameOf = (id: string) => purposeName(id, lang)

  return (
    <View className="history">
      <View className="history__bar">
        <Text className="history__title" role="heading" aria-level={1}>
          {h.title}
        </Text>
        <LanguageSwitch />
      </View>
      <Text className="history__intro">{h.intro}</Text>

      {events.length === 0 && <Text className="history__empty">{h.empty}</Text>}
      <View className="history__timeline" role="list">
        {events.map((e) => (
          <View
            key={e.eventId}
            role="listitem"
            className={`history__entry history__entry--${e.action} history__entry--${e.actor} history__entry--p-${e.purposeId}`}
          >
            <View className="history__entry-head">
              <Text className="history__purpose">{nameOf(e.purposeId)}</Text>
              <Text className={`history__action history__action--${e.action}`}>
                {h.action[e.action]}
              </Text>
            </View>
            <Text className="history__when">{`${formatDate(e.at, lang)} ${clockTime(e.at)}`}</Text>
            <Text className="history__actor">
              {/* §12.2: a guardian's consent names the phone the guardian verified. */}
              {e.actor === 'guardian' && e.guardianPhone
                ? h.byGuardianPhone(e.guardianPhone)
                : h.by(h.actor[e.actor])}
            </Text>
            <Text className="history__version">{h.version(e.policyVersion)}</Text>
            <Text className="history__source">
              {h.where(h.source[e.source])}
              {e.bulk ? ` · ${h.bulk}` : ''}
            </Text>
          </View>
        ))}
      </View>

      <View className="history__receipts">
        <Text className="history__heading" role="heading" aria-level={2}>
          {h.receiptsHeading}
        </Text>
        <Text className="history__intro">{h.receiptsIntro}</Text>
        <Button
          className="history__load"
          // Taro H5 styles any disabled attribute, even "false": pass it only when true.
          disabled={receipts.loading || undefined}
          onClick={() => void receipts.load()}
        >
          {receipts.loading ? t.common.loading : h.loadReceipts}
        </Button>
        {receipts.error && (
          <Text className="history__error" role="alert">
            {h.receiptsFailed}
            {receipts.error.localized?.[lang] ?? receipts.error.message}
          </Text>
        )}
        {receipts.receipts && (
          <View className="history__receipt-list">
            <Text className="history__count">{h.receiptsCount(receipts.receipts.length)}</Text>
            {receipts.receipts.map((r) => (
              <Text key={r.consentReceiptID} className="history__receipt">
                {h.receiptLine(r.consentReceiptID, r.event.ledgerSeq)}
              </Text>
            ))}
            <Button className="history__export" onClick={() => void receipts.exportAll()}>
              {h.exportReceipts}
            </Button>
            {receipts.exported && (
              <Text className="history__exported" role="status">
                {receipts.exported === 'copied' ? h.exported : h.exportFailed}
              </Text>
            )}
            {receipts.exported === 'failed' && (
              <Text className="history__export-text" userSelect selectable>
                {receipts.exportText}
              </Text>
            )}
          </View>
        )}
      </View>

      <PageFooter />
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(ConsentHistory)
