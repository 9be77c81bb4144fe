export default definePageConfig({ navigationBarTitleText: '提出请求' })
