import { Text, View } from '@tarojs/components'
import './index.scss'

export interface Option {
  readonly value: string
  readonly label: string
}

interface Props {
  readonly options: readonly Option[]
  readonly selected: readonly string[]
  /** Checkboxes when true, radio buttons otherwise. */
  readonly multiple: boolean
  readonly label: string
  readonly onChange: (selected: string[]) => void
}

/**
 * A list of choices that are easy to tap on a phone; controlled: it shows the draft and
 * nothing else, so what is on screen is what will be sent.
 */
export function OptionList({ options, selected, multiple, label, onChange }: Props) {
  const toggle = (value: string) => {
    if (!multiple) return onChange([value])
    onChange(
      selected.includes(value)
        ? selected.filter((v) => v !== value)
        : options.map((o) => o.value).filter((v) => v === value || selected.includes(v)),
    )
  }
  return (
    <View className="option-list" role={multiple ? 'group' : 'radiogroup'} aria-label={label}>
      {options.map((o) => {
        const on = selected.includes(o.value)
        return (
          <View
            key={o.value}
            className={`option-list__item${on ? ' option-list__item--on' : ''}`}
            role={multiple ? 'checkbox' : 'radio'}
            aria-checked={on}
            data-value={o.value}
            onClick={() => toggle(o.value)}
          >
            <View className={`option-list__mark${multiple ? '' : ' option-list__mark--radio'}`} />
            <Text className="option-list__label">{o.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
