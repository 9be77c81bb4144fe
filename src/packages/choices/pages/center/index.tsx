import { Button, Text, View } from '@tarojs/components'
import { purposeGroupsOrder, purposes } from '../../../../catalogue/purposes'
import { LanguageSwitch } from '../../../../components/language-switch'
import { PageFooter } from '../../../../components/page-footer'
import { PurposeCard } from '../../../../components/purpose-card'
import { WithdrawSheet } from '../../../../components/withdraw-sheet'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useT } from '../../../../i18n/use-t'
import { choicesMessages } from '../../../../i18n/features/choices'
import { useConsentCenter } from './use-consent-center'
import './index.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

/**
 * The consent center (§10.1(d)): the catalogue's purposes grouped by what they are for,
 * nothing pre-ticked (§1.5), necessary items without a switch (§3.8), "allow all optional"
 * without any separate-consent item (§7.3), withdrawal as easy as granting (§3.4, §10.1(d)).
 */
function ConsentCenter() {
  const t = useT(choicesMessages)
  const { go } = useNavigation()
  const c = useConsentCenter()
  // §1.6, §12: the guardian's consent concerns children only; shown when it applies.
  const childAccount =
    Object.values(c.state).some((s) => s.status === 'needs-guardian') ||
    c.state['guardian-consent']?.granted === true
  const groups = purposeGroupsOrder.filter((g) => g !== 'minors' || childAccount)

  return (
    <View className="consent-center">
      <View className="consent-center__bar">
        <Text className="consent-center__title" role="heading" aria-level={1}>
          {t.consentCenter.title}
        </Text>
        <LanguageSwitch />
      </View>
      <Text className="consent-center__intro">{t.consentCenter.intro}</Text>

      {c.guest && (
        <View className="consent-center__guest">
          <Text className="consent-center__guest-text">{t.consentCenter.guestBanner}</Text>
          <Text
            className="consent-center__guest-action"
            role="link"
            onClick={() => go({ page: 'notice' })}
          >
            {t.consentCenter.guestAction}
          </Text>
        </View>
      )}

      <View className="consent-center__bulk">
        <Button
          className="consent-center__allow-all"
          // Taro's H5 Button renders disabled={false} as a [disabled] attribute: pass it only when true.
          disabled={(!c.guest && c.bulkable.length === 0) || undefined}
          onClick={c.allowAll}
        >
          {t.consentCenter.allowAll}
        </Button>
        <Text className="consent-center__note">{t.consentCenter.allowAllNote}</Text>
        {c.granted.length > 0 && (
          <Button className="consent-center__withdraw-all" onClick={c.withdrawAll}>
            {t.consentCenter.withdrawAll}
          </Button>
        )}
      </View>

      {groups.map((group) => (
        <View key={group} className={`consent-center__group consent-center__group--${group}`}>
          <Text className="consent-center__group-title" role="heading" aria-level={2}>
            {t.purposeGroups[group]}
          </Text>
          <Text className="consent-center__group-intro">{t.consentCenter.groupIntro[group]}</Text>
          {purposes
            .filter((p) => p.group === group)
            .map((p) => (
              <PurposeCard key={p.id} purpose={p} state={c.state[p.id]} onToggle={c.toggle} />
            ))}
        </View>
      ))}

      <PageFooter current="consent-center" hideGuestBanner />

      {c.pending && (
        <WithdrawSheet
          purposes={c.pending}
          onConfirm={c.confirmWithdrawal}
          onCancel={c.cancelWithdrawal}
        />
      )}
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(ConsentCenter)
