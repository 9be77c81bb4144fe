export default definePageConfig({
  navigationBarTitleText: '年龄与监护人同意',
})
