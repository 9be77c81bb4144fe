import { Button, Text, View } from '@tarojs/components'
import { buildings } from '../../../../catalogue/stores'
import { DeletedNotice } from '../../../../components/deleted-notice'
import { useMemberStores } from '../../../../hooks/use-member-stores'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useLang, useT } from '../../../../i18n/use-t'
import { memberMessages } from '../../../../i18n/features/member'
import { disabledIf } from '../../shared/disabled'
import '../../shared/member.scss'
import './index.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

/**
 * The store finder (§2.2(b)): works by building and floor without any location; "near me"
 * uses precise location only after its separate consent (§7.1, §7.3) and scope.userLocation.
 * Refusing leaves the directory as it was.
 */
function StoresPage() {
  const t = useT(memberMessages)
  const lang = useLang()
  const s = t.member.stores
  const { go } = useNavigation()
  const f = useMemberStores()
  const building = buildings.find((b) => b.id === f.building) ?? buildings[0]
  const needsSetting = f.outcome === 'needs-setting' || f.outcome === 'quiet-permission'

  return (
    <View className="member-page">
      <Text className="member-page__title" role="heading" aria-level={1}>
        {t.member.titles.stores}
      </Text>
      <Text className="member-page__intro">{s.intro}</Text>
      <DeletedNotice purposeIds={['precise-location']} />

      <View className="member-section">
        <Button
          className="member-btn stores__precise"
          {...disabledIf(f.locating)}
          onClick={() => void f.locate()}
        >
          {f.locating ? s.locating : s.nearPrecise}
        </Button>
        {f.outcome && f.outcome !== 'granted' && (
          <View className="stores__outcome" role="status">
            <Text>{t.member.gate.outcome[f.outcome]}</Text>
            {needsSetting && (
              <Text
                className="member-link stores__setting"
                role="button"
                onClick={() => void f.openSetting()}
              >
                {t.member.gate.openSetting}
              </Text>
            )}
            <Text
              className="member-link stores__setting"
              role="link"
              onClick={() => go({ page: 'consent-center' })}
            >
              {t.member.gate.openCenter}
            </Text>
          </View>
        )}
        <Text className="member-section__note stores__mode">
          {f.mode === 'precise' ? s.preciseNote : s.manualNote}
        </Text>
      </View>

      <View className="member-section">
        <Text className="member-section__title" role="heading" aria-level={2}>
          {s.byHand}
        </Text>
        <View className="stores__chips" role="tablist">
          {buildings.map((b) => (
            <Text
              key={b.id}
              role="tab"
              aria-selected={f.mode === 'manual' && f.building === b.id}
              className={`stores__chip${f.mode === 'manual' && f.building === b.id ? ' stores__chip--on' : ''}`}
              onClick={() => f.chooseByHand(b.id, null)}
            >
              {b.name[lang]}
            </Text>
          ))}
        </View>
        {f.mode === 'manual' && building && (
          <View className="stores__chips" role="tablist" aria-label={building.name[lang]}>
            {[null, ...building.floors].map((fl) => (
              <Text
                key={fl ?? 'all'}
                role="tab"
                aria-selected={f.floor === fl}
                className={`stores__chip stores__chip--floor${f.floor === fl ? ' stores__chip--on' : ''}`}
                onClick={() => f.chooseByHand(building.id, fl)}
              >
                {fl ?? s.allFloors}
              </Text>
            ))}
          </View>
        )}
        {f.list.length === 0 && <Text className="member-section__note">{s.empty}</Text>}
        {f.list.map((x) => (
          <View key={x.id} className="member-row stores__item">
            <View className="member-row__main">
              <Text className="member-row__title">{x.name[lang]}</Text>
              <Text className="member-row__sub">
                {buildings.find((b) => b.id === x.building)?.name[lang]} {x.floor} · {x.unit} ·{' '}
                {s.category[x.category]}
              </Text>
              <Text className="member-row__sub">{s.hours(x.hours)}</Text>
            </View>
            {x.distance !== undefined && (
              <Text className="member-tag stores__distance">{s.distance(x.distance)}</Text>
            )}
          </View>
        ))}
      </View>
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(StoresPage)
