import { Text, View } from '@tarojs/components'
import { useSync } from '../../hooks/use-sync'
import { useT } from '../../i18n/use-t'
import './index.scss'

/**
 * A quiet indicator: synced / N pending / offline / error with retry. It never blocks the
 * user; choices are already saved on the device and go out when they can.
 */
export function SyncBadge() {
  const t = useT()
  const { phase, pending, retry } = useSync()
  const label =
    phase === 'error'
      ? t.sync.error
      : phase === 'offline'
        ? t.sync.offline
        : pending > 0
          ? t.sync.pending(pending)
          : t.sync.synced
  return (
    <View className={`sync-badge sync-badge--${phase}`} role="status" aria-live="polite">
      <Text className="sync-badge__dot" aria-hidden />
      <Text className="sync-badge__text">{label}</Text>
      {phase === 'error' && (
        <Text className="sync-badge__retry" role="button" onClick={retry}>
          {t.common.retry}
        </Text>
      )}
    </View>
  )
}
