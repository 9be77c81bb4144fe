import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './index.scss'

interface Props {
  readonly label: string
  /** Shown after the label as given, e.g. "（选填）". */
  readonly note?: string
  readonly hint?: string
  /** The message of the field's current problem; the field is marked when there is one. */
  readonly error?: string
  readonly name: string
}

/** A labelled form field with its hint and its own error right under it (§10.3). */
export function FormField({ label, note, hint, error, name, children }: PropsWithChildren<Props>) {
  return (
    <View className={`form-field${error ? ' form-field--error' : ''}`} data-field={name}>
      <Text className="form-field__label">
        {label}
        {note ? <Text className="form-field__note">{note}</Text> : null}
      </Text>
      {hint ? <Text className="form-field__hint">{hint}</Text> : null}
      <View className="form-field__control">{children}</View>
      {error ? (
        <Text className="form-field__error" role="alert">
          {error}
        </Text>
      ) : null}
    </View>
  )
}
