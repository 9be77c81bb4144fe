import { Button, Text, View } from '@tarojs/components'
import type { Reward } from '../../catalogue/rewards'
import type { MemberError, RedeemPhase } from '../../hooks/use-member'
import { useLang, useT } from '../../i18n/use-t'
import { memberMessages } from '../../i18n/features/member'
import './index.scss'

interface Props {
  readonly reward: Reward
  readonly balance: number
  readonly phase: RedeemPhase
  readonly error: MemberError | null
  readonly onConfirm: () => void
  readonly onCancel: () => void
  readonly onClose: () => void
}

/**
 * Confirming a redemption (§2.1(c), §3.1(m)): the cost and what remains, asked once; while it is
 * being sent the buttons are off, and a failure offers the same redemption again.
 */
export function RedeemSheet({
  reward,
  balance,
  phase,
  error,
  onConfirm,
  onCancel,
  onClose,
}: Props) {
  const t = useT(memberMessages)
  const lang = useLang()
  const r = t.member.rewards
  const name = reward.name[lang]
  const sending = phase === 'sending'
  const errorOf = (code: string) =>
    (t.member.errors as Readonly<Record<string, string | undefined>>)[code] ??
    t.member.errors.failed
  return (
    <View className="redeem-sheet" role="dialog" aria-modal aria-label={r.confirmTitle}>
      <View className="redeem-sheet__mask" aria-hidden onClick={sending ? undefined : onCancel} />
      <View className="redeem-sheet__panel">
        <Text className="redeem-sheet__title">{r.confirmTitle}</Text>
        {phase === 'done' ? (
          <>
            <Text className="redeem-sheet__text" role="status">
              {r.done(name, balance)}
            </Text>
            <Button className="redeem-sheet__confirm" onClick={onClose}>
              {r.close}
            </Button>
          </>
        ) : (
          <>
            <Text className="redeem-sheet__text">
              {r.confirmText(name, reward.points, balance - reward.points)}
            </Text>
            {phase === 'failed' && error && (
              <Text className="redeem-sheet__error" role="alert">
                {error.localized?.[lang] ?? errorOf(error.code)}
              </Text>
            )}
            <Button
              className="redeem-sheet__confirm"
              {...(sending ? { disabled: true } : {})}
              onClick={onConfirm}
            >
              {sending ? r.sending : phase === 'failed' ? r.retry : r.confirm}
            </Button>
            <Button
              className="redeem-sheet__cancel"
              {...(sending ? { disabled: true } : {})}
              onClick={onCancel}
            >
              {t.common.cancel}
            </Button>
          </>
        )}
      </View>
    </View>
  )
}
