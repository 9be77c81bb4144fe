import type { UserConfigExport } from '@tarojs/cli'

// Development: the mock backend on loopback (npm start runs it on port 3100).
export default {
  defineConstants: {
    API_BASE_URL: JSON.stringify(process.env.API_BASE_URL ?? 'http://127.0.0.1:3100'),
  },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
