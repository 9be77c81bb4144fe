export default definePageConfig({
  navigationBarTitleText: '我的请求',
  enablePullDownRefresh: false,
})
