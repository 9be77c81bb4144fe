import path from 'path'
import type { IPluginContext } from '@tarojs/service'
import type { RecursiveTemplate, UnRecursiveTemplate } from '@tarojs/shared/dist/template'
import ariaComponents from '../src/services/weapp-aria.json'

type RenameProp = (
  name: string,
  value: string,
  componentName: string,
  componentAlias: Record<string, string>,
) => string

/**
 * WCAG 4.1.2: every control has a role and an accessible name on WeChat too.
 * Taro's weapp templates carry only the attributes they list for each component, so the
 * `role`/`aria-*` props our components pass (read by the browser on H5) never reached WXML.
 * As Taro's maintainers advise (NervJS/taro#10025, what @tarojs/plugin-inject does), this adds
 * them to the templates of View, Text, Button, Input and Textarea, only the ones the app uses
 * (src/services/weapp-aria.json), and loads src/services/weapp-aria.ts so the runtime sends
 * them under the same keys. WeChat names the role attribute `aria-role`: the prop stays `role`
 * (one source for both platforms) and only its WXML name changes.
 */
export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: {
      runtimePath: string | string[]
      template?: RecursiveTemplate | UnRecursiveTemplate
    }) {
      const template = platform.template
      if (!template) return // H5: the browser reads role/aria-* from the DOM itself
      const runtime = path.resolve(__dirname, '..', 'src', 'services', 'weapp-aria.ts')
      platform.runtimePath = [platform.runtimePath, runtime].flat()
      template.mergeComponents(ctx, ariaComponents)
      // replacePropName names each WXML attribute as the template writes it: the one hook that
      // renames an attribute without changing the data key the runtime sends (protected in the
      // typings, hence the cast).
      const named = template as unknown as { replacePropName: RenameProp }
      const replacePropName = named.replacePropName.bind(template)
      named.replacePropName = (name, ...rest) =>
        name === 'role' ? 'aria-role' : replacePropName(name, ...rest)
    },
  })
}
