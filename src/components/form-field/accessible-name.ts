/**
 * WCAG 1.3.1, 4.1.2: a field's visible label is also its input's accessible name (a placeholder
 * is none, and disappears once typed over). Taro's H5 input is a web component whose inner
 * <input> takes attributes only through nativeProps; WeChat's native input does not read
 * them, so nothing is sent there (setData stays small).
 */
export function accessibleName(label: string): { nativeProps?: Record<string, unknown> } {
  return process.env.TARO_ENV === 'weapp' ? {} : { nativeProps: { 'aria-label': label } }
}
