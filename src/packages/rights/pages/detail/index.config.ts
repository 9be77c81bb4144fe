export default definePageConfig({ navigationBarTitleText: '请求详情' })
