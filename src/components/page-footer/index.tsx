import { Text, View } from '@tarojs/components'
import { useNavigation } from '../../hooks/use-navigation'
import { useT } from '../../i18n/use-t'
import { GuestBanner } from '../guest-banner'
import { SyncBadge } from '../sync-badge'
import './index.scss'

interface Props {
  /** The page showing the footer, so it does not link to itself. */
  readonly current?: 'notice' | 'consent-center'
  /** The page already says "guest mode" near its top (home). */
  readonly hideGuestBanner?: boolean
}

/**
 * On every page: the notice stays one tap away (§1.5, guest mode is never a dead end), the
 * consent center and the sync state (WeChat's privacy popup is every page's: withPrivacyPopup).
 */
export function PageFooter({ current, hideGuestBanner = false }: Props) {
  const t = useT()
  const { go } = useNavigation()
  return (
    <View className="page-footer">
      {current !== 'notice' && !hideGuestBanner && <GuestBanner />}
      <View className="page-footer__links">
        {current !== 'notice' && (
          <Text
            className="page-footer__link notice-link"
            role="link"
            onClick={() => go({ page: 'notice' })}
          >
            {t.footer.policyLink}
          </Text>
        )}
        {current !== 'consent-center' && (
          <Text
            className="page-footer__link consent-center-link"
            role="link"
            onClick={() => go({ page: 'consent-center' })}
          >
            {t.footer.consentCenterLink}
          </Text>
        )}
        <SyncBadge />
      </View>
    </View>
  )
}
