import { Button, Input, Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
// Only this group's words and the names: the member subpackage does not carry every description.
import { locationMediaCopy } from '../../../../catalogue/purpose-copy/location-media'
import { purposeNames } from '../../../../catalogue/purpose-copy/names'
import { stores } from '../../../../catalogue/stores'
import { DeletedNotice } from '../../../../components/deleted-notice'
import { FeatureGate } from '../../../../components/feature-gate'
import { accessibleName } from '../../../../components/form-field/accessible-name'
import { type ImageSource, useMemberReceipts } from '../../../../hooks/use-member-receipts'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useLang, useT } from '../../../../i18n/use-t'
import { memberMessages } from '../../../../i18n/features/member'
import { disabledIf } from '../../shared/disabled'
import { beijingDate, beijingTime, errorText, yuan } from '../../shared/format'
import { parseAmountFen } from '../../shared/parse-amount'
import '../../shared/member.scss'
import './index.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

const PURPOSE = { name: purposeNames['receipt-photos'], ...locationMediaCopy['receipt-photos'] }
const BUSY = new Set(['asking', 'choosing', 'reading', 'uploading'])

/**
 * Points from receipts (§2.2(a)(v)): off until the receipt-photos consent is given on its own
 * screen; then a photo from the camera or the album is uploaded with progress. Past receipts
 * stay listed (points are a transaction, §8.1); their photos go when the consent is withdrawn.
 */
function ReceiptsPage() {
  const t = useT(memberMessages)
  const lang = useLang()
  const r = t.member.receipts
  const { go } = useNavigation()
  const rc = useMemberReceipts()
  const [storeIndex, setStoreIndex] = useState(0)
  const [amount, setAmount] = useState('')
  const [date, setDate] = useState(() => beijingDate(Date.now()))
  const [amountError, setAmountError] = useState(false)
  const busy = BUSY.has(rc.upload.stage)
  const store = stores[storeIndex] ?? stores[0]
  // Receipts carry the store's name as printed (Chinese); a known store reads in the UI language.
  const storeLabel = (name: string) =>
    stores.find((x) => x.name['zh-CN'] === name)?.name[lang] ?? name

  function upload(source: ImageSource) {
    const amountFen = parseAmountFen(amount)
    setAmountError(amountFen === null)
    if (amountFen === null || !store) return
    // Noon Beijing time of the chosen day: the receipt's date, whatever the phone's zone.
    const purchasedAt = Date.parse(`${date}T12:00:00+08:00`)
    void rc.start(source, { storeName: store.name['zh-CN'], amountFen, purchasedAt })
  }

  return (
    <View className="member-page">
      <Text className="member-page__title" role="heading" aria-level={1}>
        {t.member.titles.receipts}
      </Text>
      <Text className="member-page__intro">{r.intro}</Text>
      <DeletedNotice purposeIds={['receipt-photos']} />

      {!rc.granted ? (
        <FeatureGate
          title={PURPOSE.name[lang]}
          text={PURPOSE.ifRefused[lang]}
          outcome={rc.outcome}
          onEnable={() => void rc.enable()}
          onOpenSetting={() => void rc.openSetting()}
          onOpenCenter={() => go({ page: 'consent-center' })}
        />
      ) : (
        <View className="member-section receipts__form">
          <View className="receipts__field">
            <Text className="receipts__label">{r.store}</Text>
            <Picker
              mode="selector"
              range={stores.map((s) => s.name[lang])}
              value={storeIndex}
              onChange={(e) => setStoreIndex(Number(e.detail.value))}
            >
              <Text className="receipts__value">{store?.name[lang]}</Text>
            </Picker>
          </View>
          <View className="receipts__field">
            <Text className="receipts__label">{r.amount}</Text>
            <Input
              className="receipts__input"
              type="digit"
              value={amount}
              placeholder={r.amountPlaceholder}
              {...accessibleName(r.amount)}
              onInput={(e) => setAmount(e.detail.value)}
            />
          </View>
          {amountError && (
            <Text className="member-page__error" role="alert">
              {r.amountInvalid}
            </Text>
          )}
          <View className="receipts__field">
            <Text className="receipts__label">{r.date}</Text>
            <Picker
              mode="date"
              value={date}
              end={beijingDate(Date.now())}
              onChange={(e) => setDate(e.detail.value)}
            >
              <Text className="receipts__value">{date}</Text>
            </Picker>
          </View>
          <View className="receipts__sources">
            <Button
              className="member-btn receipts__camera"
              {...disabledIf(busy)}
              onClick={() => upload('camera')}
            >
              {r.camera}
            </Button>
            <Button
              className="member-btn member-btn--ghost receipts__album"
              {...disabledIf(busy)}
              onClick={() => upload('album')}
            >
              {r.album}
            </Button>
          </View>
          {rc.upload.stage !== 'idle' && (
            <View className="receipts__progress" role="status">
              {rc.upload.stage !== 'done' && rc.upload.stage !== 'failed' && (
                <View className="receipts__bar">
                  <View
                    className="receipts__fill"
                    style={{ width: `${Math.round(rc.upload.progress * 100)}%` }}
                  />
                </View>
              )}
              <Text className="receipts__stage">
                {rc.upload.stage === 'done'
                  ? r.done(rc.upload.receipt?.points ?? 0)
                  : r.stage[rc.upload.stage]}
              </Text>
              {rc.upload.error && (
                <Text className="member-page__error" role="alert">
                  {errorText(t, lang, rc.upload.error)}
                </Text>
              )}
            </View>
          )}
          {rc.outcome && rc.outcome !== 'granted' && (
            <Text className="member-page__error">{t.member.gate.outcome[rc.outcome]}</Text>
          )}
        </View>
      )}

      <View className="member-section">
        <Text className="member-section__title" role="heading" aria-level={2}>
          {r.listHeading}
        </Text>
        {rc.pending && (
          <View className="member-row receipts__item receipts__item--pending">
            <View className="member-row__main">
              <Text className="member-row__title">
                {r.pendingItem(rc.pending.storeName, yuan(rc.pending.amountFen))}
              </Text>
              <View className="receipts__pending-actions">
                <Text className="member-link" role="button" onClick={() => void rc.retry()}>
                  {r.retry}
                </Text>
                <Text className="member-link receipts__discard" role="button" onClick={rc.discard}>
                  {r.discard}
                </Text>
              </View>
            </View>
            <Text className="member-tag member-tag--wait">{r.pending}</Text>
          </View>
        )}
        {rc.listError && (
          <Text className="member-page__error">{errorText(t, lang, rc.listError)}</Text>
        )}
        {rc.receipts?.length === 0 && !rc.pending && (
          <Text className="member-section__note">{r.empty}</Text>
        )}
        {rc.receipts?.map((x) => (
          <View key={x.id} className="member-row receipts__item">
            <View className="member-row__main">
              <Text className="member-row__title">{storeLabel(x.storeName)}</Text>
              <Text className="member-row__sub">
                {/* Points show as earned only once approved (§2.1(c)). */}
                {x.status === 'approved'
                  ? r.line(yuan(x.amountFen), x.pointsAwarded)
                  : r.amountOnly(yuan(x.amountFen))}{' '}
                · {beijingTime(x.purchasedAt).slice(0, 5)}
              </Text>
              {x.status === 'pending' && (
                <Text className="member-row__sub">{r.pendingNote(x.points)}</Text>
              )}
              {x.status === 'rejected' && x.reviewReason && (
                <Text className="member-row__sub receipts__reason">
                  {r.rejectedNote(x.reviewReason[lang])}
                </Text>
              )}
              <Text className="member-row__sub">{x.hasImage ? r.photoKept : r.photoDeleted}</Text>
            </View>
            <Text
              className={`member-tag receipts__status receipts__status--${x.status}${
                x.status === 'approved'
                  ? ' member-tag--on'
                  : x.status === 'pending'
                    ? ' member-tag--wait'
                    : ''
              }`}
            >
              {r.status[x.status]}
            </Text>
          </View>
        ))}
      </View>
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(ReceiptsPage)
