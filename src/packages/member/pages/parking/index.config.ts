export default definePageConfig({ navigationBarTitleText: '电子停车' })
