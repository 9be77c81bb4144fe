export default definePageConfig({
  navigationBarTitleText: '颐堤港隐私中心',
})
