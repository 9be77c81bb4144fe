/**
 * H5 only: what `@tarojs/components` means in the browser build (config/index.ts swaps it in).
 *
 * View, Text and Button, what every screen is made of, are Taro's plain React components
 * (@tarojs/components-react, what `h5.useHtmlComponents` uses), so the first screen needs no
 * web-component runtime: Stencil's start-up was about 25 ms of main-thread time before the
 * notice's first paint on the bench machine (issue 9: notice LCP). The other components stay
 * Taro's web components and load with the pages that use them: their H5 behaviour (the date
 * picker's wheels, the inputs' nativeProps for accessible names) is what those pages, the browser
 * journeys and the accessibility checks were written against.
 */
export * from '@tarojs/components/lib/react'
export { Button, Text, View } from '@tarojs/components-react'
// Taro's loader imports it for pages that enable pull-down refresh; the package's types still
// call it PullToRefresh.
// @ts-expect-error: exported by @tarojs/components-react 4.2 at runtime, missing from its types
export { PullDownRefresh } from '@tarojs/components-react'
