export default defineAppConfig({
  pages: ['pages/index/index'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '颐堤港隐私中心',
    navigationBarTextStyle: 'black',
  },
  // WeChat's own privacy check: privacy APIs wait for the user's agreement (§1.5).
  __usePrivacyCheck__: true,
})
