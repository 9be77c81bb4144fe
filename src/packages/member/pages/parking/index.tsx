import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
// Only this group's words and the names: the member subpackage does not carry every description.
import { locationMediaCopy } from '../../../../catalogue/purpose-copy/location-media'
import { purposeNames } from '../../../../catalogue/purpose-copy/names'
import { DeletedNotice } from '../../../../components/deleted-notice'
import { FeatureGate } from '../../../../components/feature-gate'
import { PlateKeyboard } from '../../../../components/plate-keyboard'
import { durationParts } from '../../../../domain/parking-fee'
import { useMemberPlates } from '../../../../hooks/use-member-plates'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useLang, useT } from '../../../../i18n/use-t'
import { memberMessages } from '../../../../i18n/features/member'
import { disabledIf } from '../../shared/disabled'
import { beijingTime, errorText, yuan } from '../../shared/format'
import '../../shared/member.scss'
import './index.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

const PURPOSE = { name: purposeNames['licence-plates'], ...locationMediaCopy['licence-plates'] }

/**
 * E-parking (§2.1(c)): plates are bound only with the licence-plates consent, typed on a
 * plate keyboard and checked by the shared validator; the car park's stays can be paid with
 * points, once each. Without the consent the page says what still works (park as a visitor).
 */
function ParkingPage() {
  const t = useT(memberMessages)
  const lang = useLang()
  const p = t.member.parking
  const { go } = useNavigation()
  const pk = useMemberPlates()
  const [draft, setDraft] = useState('')
  const [typing, setTyping] = useState(false)

  async function bind() {
    if (await pk.add(draft)) {
      setDraft('')
      setTyping(false)
    }
  }

  return (
    <View className="member-page">
      <Text className="member-page__title" role="heading" aria-level={1}>
        {t.member.titles.parking}
      </Text>
      <Text className="member-page__intro">{p.intro}</Text>
      <DeletedNotice purposeIds={['licence-plates']} />
      {pk.error && (
        <Text className="member-page__error" role="alert">
          {errorText(t, lang, pk.error)}
        </Text>
      )}

      {!pk.granted ? (
        <FeatureGate
          title={PURPOSE.name[lang]}
          text={PURPOSE.ifRefused[lang]}
          outcome={pk.outcome}
          onEnable={() => void pk.enable()}
          onOpenCenter={() => go({ page: 'consent-center' })}
        />
      ) : (
        <>
          <View className="member-section">
            <Text className="member-section__title" role="heading" aria-level={2}>
              {p.platesHeading}
            </Text>
            {pk.plates?.length === 0 && <Text className="member-section__note">{p.empty}</Text>}
            {pk.plates?.map((x) => (
              <View key={x.id} className="member-row parking__plate">
                <Text
                  className={`parking__plate-text${x.kind === 'regular' ? '' : ' parking__plate-text--ne'}`}
                >
                  {x.plate}
                </Text>
                <Text
                  className="member-link parking__remove"
                  role="button"
                  onClick={() => void pk.remove(x.id)}
                >
                  {p.remove}
                </Text>
              </View>
            ))}
            {typing ? (
              <View className="parking__typing">
                <PlateKeyboard
                  value={draft}
                  onChange={setDraft}
                  doneLabel={pk.busy ? p.adding : p.add}
                  busy={pk.busy}
                  onDone={() => void bind()}
                />
              </View>
            ) : (
              <Button className="member-btn parking__add" onClick={() => setTyping(true)}>
                {p.add}
              </Button>
            )}
            <Text className="member-section__note">{p.maxNote}</Text>
          </View>

          <View className="member-section">
            <Text className="member-section__title" role="heading" aria-level={2}>
              {p.staysHeading}
            </Text>
            {pk.balance !== null && (
              <Text className="member-section__note">{p.balance(pk.balance)}</Text>
            )}
            {pk.stays.length === 0 && <Text className="member-section__note">{p.noStays}</Text>}
            {pk.stays.map((s) => {
              const d = durationParts((s.leftAt ?? s.asOf) - s.enteredAt)
              return (
                <View key={s.id} className="parking__stay">
                  <View className="parking__stay-head">
                    <Text className="member-row__title">
                      {s.plate} · {s.leftAt ? p.left : p.inside}
                    </Text>
                    {s.paid && <Text className="member-tag member-tag--on">{p.paid}</Text>}
                  </View>
                  <Text className="member-row__sub">
                    {p.entered(beijingTime(s.enteredAt))} · {p.duration(d.hours, d.minutes)}
                  </Text>
                  <Text className="member-row__sub">
                    {s.feeFen > 0 ? p.fee(yuan(s.feeFen)) : p.free}
                  </Text>
                  {!s.paid && s.points > 0 && (
                    <Button
                      className="member-btn parking__pay"
                      {...disabledIf(pk.balance === null || pk.balance < s.points)}
                      onClick={() => void pk.pay(s)}
                    >
                      {pk.balance !== null && pk.balance < s.points
                        ? p.notEnough(s.points, pk.balance)
                        : p.pay(s.points)}
                    </Button>
                  )}
                </View>
              )
            })}
          </View>
        </>
      )}
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(ParkingPage)
