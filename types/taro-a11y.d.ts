export {}

// Taro passes these through to the DOM on H5 (and WeChat reads aria-* on weapp), but its
// component types omit them; screen readers and axe need them (accessible names, headings).
declare module '@tarojs/components/types/common' {
  interface StandardProps {
    role?: string
    'aria-label'?: string
    'aria-level'?: number
    'aria-checked'?: boolean
    'aria-disabled'?: boolean
    'aria-live'?: 'polite' | 'assertive' | 'off'
    'aria-hidden'?: boolean
  }
}
