/**
 * WCAG 1.3.1, 4.1.2: a field's visible label is also its input's accessible name (a placeholder
 * is none, and disappears once typed over). Taro's H5 input is a web component whose inner
 * <input> takes attributes only through nativeProps; on WeChat the native input reads
 * `aria-label`, which config/weapp-aria.ts adds to the Input and Textarea templates.
 */
export function accessibleName(
  label: string,
): { readonly nativeProps: Record<string, unknown> } | { readonly 'aria-label': string } {
  return process.env.TARO_ENV === 'weapp'
    ? { 'aria-label': label }
    : { nativeProps: { 'aria-label': label } }
}
