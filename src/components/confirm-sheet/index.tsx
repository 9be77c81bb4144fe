import { Button, Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  readonly title: string
  readonly text: string
  readonly confirmLabel: string
  readonly cancelLabel: string
  readonly onConfirm: () => void
  readonly onCancel: () => void
}

/** A bottom sheet asking once; used only where a withdrawal deletes data (§10.1(d)). */
export function ConfirmSheet({
  title,
  text,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: Props) {
  return (
    <View className="confirm-sheet" role="dialog" aria-modal aria-label={title}>
      <View className="confirm-sheet__mask" aria-hidden onClick={onCancel} />
      <View className="confirm-sheet__panel">
        <Text className="confirm-sheet__title">{title}</Text>
        <Text className="confirm-sheet__text">{text}</Text>
        <Button className="confirm-sheet__confirm" onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button className="confirm-sheet__cancel" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </View>
    </View>
  )
}
