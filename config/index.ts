import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import webpack from 'webpack'
import devConfig from './dev'
import prodConfig from './prod'

/** H5 pages bundled with the entry (see h5.webpackChain); every other page stays lazy. */
const h5FirstScreens = ['pages/index/index', 'pages/notice/index']

// One config for the weapp (WeChat) and H5 (browser) builds; dev/prod differ only in the
// backend address and minification.
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'indigo-privacy-center',
    date: '2026-11-24',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // TARO_OUTPUT_ROOT lets parallel builds (e2e, bench, several worktrees) keep apart.
    outputRoot:
      process.env.TARO_OUTPUT_ROOT ?? (process.env.TARO_ENV === 'h5' ? 'dist/h5' : 'dist/weapp'),
    // weapp: role and aria-* reach WXML (WCAG 4.1.2; see config/weapp-aria.ts).
    plugins: [path.resolve(__dirname, 'weapp-aria.ts')],
    defineConstants: {},
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    // weapp: §8.2 sitemap.json (app.config.ts sitemapLocation) into the output, wherever it is,
    // without its indentation: it counts towards the main package (≤ 400 KB, bench/index.ts).
    copy: {
      patterns:
        process.env.TARO_ENV === 'h5'
          ? []
          : [
              {
                from: 'src/sitemap.json',
                to: path.join(process.env.TARO_OUTPUT_ROOT ?? 'dist/weapp', 'sitemap.json'),
                transform: (content: Buffer) => JSON.stringify(JSON.parse(content.toString())),
              },
            ],
      options: {},
    },
    framework: 'react',
    // No dependency prebundling: in development it serves React, zustand... from a module-
    // federation container, and the H5 component swap below (h5.webpackChain) then requires a
    // module that is in neither bundle ("reading 'call'" on the first screen of `npm start`).
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // Keep Chinese as UTF-8 (3 bytes a character) instead of \uXXXX escapes (6 bytes): the
    // bilingual policy and catalogue are most of the app's text.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    // weapp only: Taro unrolls its WXML templates this many levels deep (default 16); deeper
    // trees go on through its recursive `comp` component and still render. The deepest page
    // measured in the weapp output is 8 levels (the policy full text; the consent center 7),
    // and every level costs about 2.7 KB of base.wxml in the main package (≤ 400 KB, bench/).
    baseLevel: 8,
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // The H5 fakes have no side effects: where the weapp build folds them out of
        // src/services/index.ts, webpack may leave their modules out of the main package.
        chain.module
          .rule('h5-fakes')
          .test(/src[\\/]services[\\/]fakes[\\/]/)
          .set('sideEffects', false)
        // The H5-only deferred backend (src/sync/deferred-backend.ts) stays out of the main package.
        chain.module
          .rule('h5-deferred-backend')
          .test(/src[\\/]sync[\\/]deferred-backend\.ts$/)
          .set('sideEffects', false)
        if (process.env.SIZE_SOURCEMAP) chain.devtool('source-map')
      },
    },
    h5: {
      publicPath: '/',
      // With src/services/h5-components.tsx: Taro's loader registers no web component at
      // start.
      useHtmlComponents: true,
      staticDirectory: 'static',
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      // The dev server listens on loopback only; H5_PORT moves it (npm start's browser check).
      devServer: { host: '127.0.0.1', port: Number(process.env.H5_PORT ?? 10086) },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // Plain React View, Text and Button instead of Taro's web components, with their base
        // look only (src/services/h5-components.tsx and .css; LCP budget, bench/).
        chain
          .plugin('h5-components')
          .use(webpack.NormalModuleReplacementPlugin, [
            /^@tarojs\/components$/,
            path.resolve(__dirname, '..', 'src', 'services', 'h5-components.tsx'),
          ])
        // It only re-exports: with no side effects of its own, webpack sends each page's import
        // to the component itself, so a web component stays in the chunk of the page using it.
        chain.module
          .rule('h5-components')
          .test(/src[\\/]services[\\/]h5-components\.tsx$/)
          .set('sideEffects', false)
        chain
          .plugin('h5-components-css')
          .use(webpack.NormalModuleReplacementPlugin, [
            /^@tarojs\/components-react\/dist\/index\.css$/,
            path.resolve(__dirname, '..', 'src', 'services', 'h5-components.css'),
          ])
        // The first screens travel with the entry bundle instead of as lazy page chunks: the
        // start page, and the notice every new user sees before anything else (§1.5). Loaded
        // lazily they cost a second round trip after app.js has run, before the first paint.
        // Their shared code (components, messages, dayjs) then sits in the entry once rather
        // than copied into each lazy page chunk (Taro splits only initial chunks).
        for (const page of h5FirstScreens) {
          chain.entry('app').add(path.resolve(__dirname, '..', 'src', page))
        }
        // The backend (API client, contract schemas, sync engine) loads after the first paint
        // (src/sync/deferred-backend.ts): bootstrap's static import of it, for WeChat, is folded
        // away here, and with no side effects its module stays out of the entry.
        // The WeChat adapters have no side effects: where the H5 build folds them out of
        // src/services/index.ts, their Taro APIs (chooseMedia and the user-agent parser it
        // brings, getLocation...) stay out of the entry too.
        chain.module
          .rule('weapp-adapters')
          .test(/src[\\/]services[\\/]wechat[\\/]/)
          .set('sideEffects', false)
        chain.module
          .rule('deferred-backend')
          .test(/src[\\/]sync[\\/]backend\.ts$/)
          .set('sideEffects', false)
        if (process.env.SIZE_SOURCEMAP) chain.devtool('source-map')
      },
    },
  }
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
