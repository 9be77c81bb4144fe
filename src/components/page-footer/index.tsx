import { Text, View } from '@tarojs/components'
import { useNavigation } from '../../hooks/use-navigation'
import { useT } from '../../i18n/use-t'
import { useAppStore } from '../../store/store-context'
import { PrivacyPopup } from '../privacy-popup'
import { SyncBadge } from '../sync-badge'
import './index.scss'

interface Props {
  /** The page showing the footer, so it does not link to itself. */
  readonly current?: 'notice' | 'consent-center'
}

/**
 * On every page: the notice stays one tap away (§1.5, guest mode is never a dead end), the
 * consent center, the sync state (issue 4 §6), and WeChat's privacy popup when WeChat asks.
 */
export function PageFooter({ current }: Props) {
  const t = useT()
  const { go } = useNavigation()
  const guest = useAppStore((s) => s.notice?.decision !== 'accepted')
  return (
    <View className="page-footer">
      {guest && current !== 'notice' && (
        <View className="page-footer__guest">
          <Text className="page-footer__guest-text">{t.footer.guestMode}</Text>
          <Text className="page-footer__guest-action" onClick={() => go({ page: 'notice' })}>
            {t.footer.guestAction}
          </Text>
        </View>
      )}
      <View className="page-footer__links">
        {current !== 'notice' && (
          <Text className="page-footer__link notice-link" onClick={() => go({ page: 'notice' })}>
            {t.footer.policyLink}
          </Text>
        )}
        {current !== 'consent-center' && (
          <Text
            className="page-footer__link consent-center-link"
            onClick={() => go({ page: 'consent-center' })}
          >
            {t.footer.consentCenterLink}
          </Text>
        )}
        <SyncBadge />
      </View>
      <PrivacyPopup />
    </View>
  )
}
