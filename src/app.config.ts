export default defineAppConfig({
  // The start page comes first; on first start it opens the notice before anything personal
  // is collected (§1.5).
  pages: [
    'pages/index/index',
    'pages/notice/index',
    'pages/consent-center/index',
    // Main package: just-in-time asks from subpackages open it (§7.3).
    'pages/separate-consent/index',
    // §14.1: asked at start when the policy changed; §3.4(b): opened from an SMS/email link.
    'pages/what-changed/index',
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
    // §10 rights requests: not needed at start-up, loaded when first opened (issue 6 point 8).
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
    // Issue 7 §6: member features (points, receipts, e-parking, stores) load on first use.
    {
      root: 'packages/member',
      pages: [
        'pages/card/index',
        'pages/receipts/index',
        'pages/parking/index',
        'pages/stores/index',
      ],
    },
    // Issue 5: marketing preferences and the guardian flow, opened from the consent pages.
    { root: 'packages/choices', pages: ['pages/marketing/index', 'pages/guardian/index'] },
    // Issue 5: consent history and transparency pages, read on demand.
    { root: 'packages/about', pages: ['pages/history/index', 'pages/transparency/index'] },
  ],
  // WeChat's own privacy check: privacy APIs wait for the user's agreement (§1.5).
  __usePrivacyCheck__: true,
})
