/**
 * H5 only: what `@tarojs/components` means in the browser build (config/index.ts swaps it in).
 *
 * View, Text and Button, what every screen is made of, are plain React components (Text and
 * Button are @tarojs/components-react's, what `h5.useHtmlComponents` uses; View is below), so
 * the first screen needs no web-component runtime: Stencil's start-up was about 25 ms of
 * main-thread time before the notice's first paint on the bench machine (LCP budget, bench/).
 * The other components stay Taro's web components and load with the pages that use them (this
 * module is side-effect free for webpack, so a re-export does not pull them into the entry):
 * their H5 behaviour (the date picker's wheels, the inputs' nativeProps for accessible names) is
 * what those pages, the browser journeys and the accessibility checks were written against.
 */
import type { ViewProps } from '@tarojs/components'
import { forwardRef, type HTMLAttributes } from 'react'

export * from '@tarojs/components/lib/react'
export { Button, Text } from '@tarojs/components-react'

/**
 * Props that are no DOM attribute: WeChat's hover and scroll behaviours, and the Button's
 * open-type props (Taro's H5 Button hands every prop it does not know on to View, and React
 * warns about each unknown one in development).
 */
const NOT_FOR_THE_DOM = new Set([
  'hoverClass',
  'hoverStyle',
  'hoverStartTime',
  'hoverStayTime',
  'hoverStopPropagation',
  'disableScroll',
  'catchMove',
  'animation',
  'compileMode',
  'openType',
  'sessionFrom',
  'sendMessageTitle',
  'sendMessagePath',
  'sendMessageImg',
  'appParameter',
  'showMessageCard',
  'phoneNumberNoQuotaToast',
])

/** The Button's open-type callbacks (onAgreePrivacyAuthorization, onGetPhoneNumber, ...). */
const OPEN_TYPE_CALLBACK =
  /^on(AgreePrivacyAuthorization|GetPhoneNumber|GetRealTimePhoneNumber|GetUserInfo|ChooseAvatar|OpenSetting|LaunchApp|Contact|ChooseAddress|ChooseInvoiceTitle|Subscribe|Login|GetAuthorize)$/

/**
 * A <div> with the View's props. Taro's React View applies a changed className one effect
 * later, so for a moment a switch turned off still wore its "on" class (a browser journey saw
 * it); this one renders what it is given.
 */
export const View = forwardRef<HTMLDivElement, ViewProps>(function View(props, ref) {
  const attributes: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    if (!NOT_FOR_THE_DOM.has(key) && !OPEN_TYPE_CALLBACK.test(key)) attributes[key] = value
  }
  return <div ref={ref} {...(attributes as HTMLAttributes<HTMLDivElement>)} />
})
// Taro's loader imports it for pages that enable pull-down refresh; the package's types still
// call it PullToRefresh.
// @ts-expect-error: exported by @tarojs/components-react 4.2 at runtime, missing from its types
export { PullDownRefresh } from '@tarojs/components-react'
