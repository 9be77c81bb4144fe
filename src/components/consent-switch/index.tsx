import { View } from '@tarojs/components'
import './index.scss'

interface Props {
  readonly checked: boolean
  readonly label: string
  readonly disabled?: boolean
  readonly onToggle: () => void
}

/**
 * A fully controlled switch: it shows the ledger's state and nothing else. WeChat's own
 * <Switch> flips itself on tap, which would show "on" while a separate consent is still being
 * asked on its own screen (§7.3); this one changes only when the store does.
 */
export function ConsentSwitch({ checked, label, disabled = false, onToggle }: Props) {
  const className = [
    'consent-switch',
    checked ? 'consent-switch--on' : '',
    disabled ? 'consent-switch--disabled' : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <View
      className={className}
      role="switch"
      aria-checked={checked}
      aria-disabled={disabled}
      aria-label={label}
      onClick={() => {
        if (!disabled) onToggle()
      }}
    >
      <View className="consent-switch__knob" />
    </View>
  )
}
