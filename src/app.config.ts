import { purposeWechatUse } from './catalogue/purpose-copy/wechat-use'
import { wechatPrivacyUses } from './catalogue/wechat-privacy-apis'
import { permissionFor, requiredPrivateInfosFor } from './domain/wechat-privacy'

export default defineAppConfig({
  // The start page comes first; on first start it opens the notice before anything personal
  // is collected (§1.5).
  pages: [
    'pages/index/index',
    'pages/notice/index',
    // §3.4(b): opened from an SMS/email link; the path is in links already sent, so it stays.
    'pages/unsubscribe/index',
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '颐堤港隐私中心',
    navigationBarTextStyle: 'black',
  },
  subPackages: [
    // The full policy text is large and read on demand: kept out of the main package.
    { root: 'packages/policy', pages: ['pages/full-text/index'] },
    // §10 rights requests: not needed at start-up, loaded when first opened (main package budget).
    {
      root: 'packages/rights',
      pages: [
        'pages/index/index',
        'pages/form/index',
        'pages/requests/index',
        'pages/detail/index',
        'pages/export/index',
      ],
    },
    // §3.1(m) member features (points, receipts, e-parking, stores) load on first use.
    {
      root: 'packages/member',
      pages: [
        'pages/card/index',
        'pages/receipts/index',
        'pages/parking/index',
        'pages/stores/index',
      ],
    },
    // The consent experience: the consent center, the separate-consent screens that just-in-time
    // asks open (§7.3), "What changed" (§14.1), marketing preferences and the guardian flow.
    // Preloaded from the first screens (preloadRule), so the first tap does not wait for it.
    {
      root: 'packages/choices',
      pages: [
        'pages/center/index',
        'pages/separate/index',
        'pages/what-changed/index',
        'pages/marketing/index',
        'pages/guardian/index',
      ],
    },
    // §10.1(a), §10.1(g): consent history and transparency pages, read on demand.
    { root: 'packages/about', pages: ['pages/history/index', 'pages/transparency/index'] },
  ],
  // WeChat downloads the consent pages in the background while the start page or the notice is
  // shown, so they open at once while staying out of the main package (≤ 400 KB, bench/index.ts).
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/choices'] },
    'pages/notice/index': { network: 'all', packages: ['packages/choices'] },
  },
  // WeChat's own privacy check: privacy APIs wait for the user's agreement (§1.5).
  __usePrivacyCheck__: true,
  // §8.2: WeChat's search indexes only the start page, the notice and the policy text; every
  // other page (unsubscribe links carry a token) is disallowed, each by its own rule
  // (src/sitemap.json; test/weapp/sitemap.test.ts fails on a page without one).
  sitemapLocation: 'sitemap.json',
  // The privacy interfaces the app calls, from one list (catalogue/wechat-privacy-apis.ts):
  // WeChat refuses a location call not declared here, and the permission desc it shows when
  // asking for scope.userLocation is the purpose catalogue's own words (§2.2(b), §7.3).
  // Taro compiles this file as an entry of the main package: a module a subpackage imports too
  // would move into the main package, so import only modules no page imports (main package budget).
  requiredPrivateInfos: requiredPrivateInfosFor(wechatPrivacyUses.map((u) => u.api)),
  permission: permissionFor(wechatPrivacyUses, (id) => purposeWechatUse[id]),
})
