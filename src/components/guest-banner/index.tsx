import { Text, View } from '@tarojs/components'
import { useNavigation } from '../../hooks/use-navigation'
import { useT } from '../../i18n/use-t'
import { useAppStore } from '../../store/store-context'
import './index.scss'

/**
 * Guest mode said plainly (§1.5): nothing personal is collected until the notice is agreed,
 * and the notice is one tap away, so declining is never a dead end.
 */
export function GuestBanner() {
  const t = useT()
  const { go } = useNavigation()
  const guest = useAppStore((s) => s.notice?.decision !== 'accepted')
  if (!guest) return null
  return (
    <View className="guest-banner">
      <Text className="guest-banner__text">{t.footer.guestMode}</Text>
      <Text className="guest-banner__action" role="link" onClick={() => go({ page: 'notice' })}>
        {t.footer.guestAction}
      </Text>
    </View>
  )
}
