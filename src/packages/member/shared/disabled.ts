/**
 * Taro's H5 button writes `disabled="false"` for a false prop, and its stylesheet greys out any
 * button with the attribute: so the attribute is given only when the button is really off.
 */
export function disabledIf(off: boolean): { disabled?: true } {
  return off ? { disabled: true } : {}
}
