export default definePageConfig({
  navigationBarTitleText: '信息透明',
})
