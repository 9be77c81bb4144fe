/**
 * WeChat runtime half of config/weapp-aria.ts (WCAG 4.1.2): the build adds
 * `aria-role`/`aria-*` to the WXML templates of View, Text, Button, Input and Textarea; Taro's runtime must know
 * the same attributes (in the same order) to send `role`, `aria-label`, `aria-checked` … under
 * the short keys those templates read. The components pass these props once, for H5 and
 * WeChat alike. Loaded by the weapp build only (the plugin adds it to Taro's runtimePath).
 */
import { hooks, mergeInternalComponents } from '@tarojs/shared'
import ariaComponents from './weapp-aria.json'

mergeInternalComponents(ariaComponents)

const ariaKey = /^aria[A-Z-]/

/**
 * `aria-checked={false}` must reach WXML as "false": the template writes `{{i.x||''}}`, which
 * would turn false into an empty attribute, and a switch without a state reads as unknown.
 */
const asAttribute = (value: unknown) => (typeof value === 'boolean' ? String(value) : value)

// First render: hydrate() hands each node's props by camelCase name (ariaChecked) before
// shortening them to the template's keys.
hooks.tap('modifyHydrateData', (data: Record<string, unknown>) => {
  for (const key of Object.keys(data)) {
    if (ariaKey.test(key)) data[key] = asAttribute(data[key])
  }
})

// Later updates: setAttribute('aria-checked', true) becomes one setData path.
hooks.tap(
  'modifySetAttrPayload',
  (_element: unknown, name: string, payload: { value: unknown }) => {
    if (ariaKey.test(name)) payload.value = asAttribute(payload.value)
  },
)
