/**
 * H5 only: what `@tarojs/components` means in the browser build (config/index.ts swaps it in).
 *
 * View, Text and Button, what every screen is made of, are plain React components (Text and
 * Button are @tarojs/components-react's, what `h5.useHtmlComponents` uses; View is below), so
 * the first screen needs no web-component runtime: Stencil's start-up was about 25 ms of
 * main-thread time before the notice's first paint on the bench machine (issue 9: notice LCP).
 * The other components stay Taro's web components and load with the pages that use them (this
 * module is side-effect free for webpack, so a re-export does not pull them into the entry):
 * their H5 behaviour (the date picker's wheels, the inputs' nativeProps for accessible names) is
 * what those pages, the browser journeys and the accessibility checks were written against.
 */
import type { ViewProps } from '@tarojs/components'
import { forwardRef, type HTMLAttributes } from 'react'

export * from '@tarojs/components/lib/react'
export { Button, Text } from '@tarojs/components-react'

/** View props that are no DOM attribute: WeChat's hover and scroll behaviours (unused here). */
const NOT_FOR_THE_DOM = [
  'hoverClass',
  'hoverStyle',
  'hoverStartTime',
  'hoverStayTime',
  'hoverStopPropagation',
  'disableScroll',
  'catchMove',
  'animation',
  'compileMode',
] as const

/**
 * A <div> with the View's props. Taro's React View applies a changed className one effect
 * later, so for a moment a switch turned off still wore its "on" class (a browser journey saw
 * it); this one renders what it is given.
 */
export const View = forwardRef<HTMLDivElement, ViewProps>(function View(props, ref) {
  const attributes: Record<string, unknown> = { ...props }
  for (const key of NOT_FOR_THE_DOM) delete attributes[key]
  return <div ref={ref} {...(attributes as HTMLAttributes<HTMLDivElement>)} />
})
// Taro's loader imports it for pages that enable pull-down refresh; the package's types still
// call it PullToRefresh.
// @ts-expect-error: exported by @tarojs/components-react 4.2 at runtime, missing from its types
export { PullDownRefresh } from '@tarojs/components-react'
