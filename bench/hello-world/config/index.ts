import { defineConfig } from '@tarojs/cli'

// The bare Taro template's settings: the baseline the app's sizes and LCP are compared with.
export default defineConfig<'webpack5'>(() => ({
  projectName: 'hello-world',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: process.env.TARO_ENV === 'h5' ? 'dist/h5' : 'dist/weapp',
  framework: 'react',
  compiler: 'webpack5',
  mini: {},
  h5: { publicPath: '/' },
}))
