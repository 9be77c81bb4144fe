export default definePageConfig({
  navigationBarTitleText: '退订营销信息',
})
