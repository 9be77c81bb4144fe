import Taro from '@tarojs/taro'
import type { SystemInfo } from './ports'

export const taroSystem: SystemInfo = {
  language() {
    // H5: Taro reads navigator.language there too; reading it directly keeps Taro's
    // user-agent parser (getSystemInfoSync) out of the first screen's bundle (notice LCP budget).
    if (process.env.TARO_ENV === 'h5') {
      return typeof navigator === 'undefined' ? undefined : navigator.language
    } else {
      // An else (not code after the return) so the H5 build folds this branch away.
      try {
        return Taro.getSystemInfoSync().language
      } catch {
        return undefined
      }
    }
  },
}
