import type { UserConfigExport } from '@tarojs/cli'

// Production: only TLS addresses reach a real device (§8.2(a)). The H5 build used by the
// browser tests points at the local mock backend through API_BASE_URL.
export default {
  defineConstants: {
    API_BASE_URL: JSON.stringify(process.env.API_BASE_URL ?? 'https://api.indigobeijing.com'),
  },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
