export default definePageConfig({
  navigationBarTitleText: '营销偏好',
})
