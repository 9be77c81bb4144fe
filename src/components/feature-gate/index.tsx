import { Button, Text, View } from '@tarojs/components'
import type { ConsentOutcome } from '../../hooks/use-consent'
import { useT } from '../../i18n/use-t'
import { memberMessages } from '../../i18n/features/member'
import './index.scss'

interface Props {
  /** The purpose's own words: what it is and what happens without it (from the catalogue). */
  readonly title: string
  readonly text: string
  readonly outcome?: ConsentOutcome | 'unavailable' | null
  readonly onEnable: () => void
  readonly onOpenSetting?: () => void
  readonly onOpenCenter: () => void
}

/**
 * A member feature that is off because its consent is missing (§2.4, §7.3): says so, with the
 * purpose's "if refused" text, and turns it on only from the user's tap (the just-in-time gate).
 */
export function FeatureGate({
  title,
  text,
  outcome,
  onEnable,
  onOpenSetting,
  onOpenCenter,
}: Props) {
  const g = useT(memberMessages).member.gate
  const needsSetting = outcome === 'needs-setting' || outcome === 'quiet-permission'
  return (
    <View className="feature-gate" role="region" aria-label={title}>
      <Text className="feature-gate__badge">{g.off}</Text>
      <Text className="feature-gate__title">{title}</Text>
      <Text className="feature-gate__text">{text}</Text>
      {outcome && outcome !== 'granted' && (
        <Text className="feature-gate__outcome" role="status">
          {g.outcome[outcome]}
        </Text>
      )}
      {needsSetting && onOpenSetting ? (
        <Button className="feature-gate__enable" onClick={onOpenSetting}>
          {g.openSetting}
        </Button>
      ) : (
        <Button className="feature-gate__enable" onClick={onEnable}>
          {g.enable}
        </Button>
      )}
      <Text className="feature-gate__link" role="link" onClick={onOpenCenter}>
        {g.openCenter}
      </Text>
    </View>
  )
}
