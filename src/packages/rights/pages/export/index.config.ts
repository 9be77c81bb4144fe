export default definePageConfig({ navigationBarTitleText: '我的个人信息' })
