export default definePageConfig({
  navigationBarTitleText: '我的同意',
})
