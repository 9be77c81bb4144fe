import Taro from '@tarojs/taro'
import type { SystemInfo } from './ports'

export const taroSystem: SystemInfo = {
  language() {
    try {
      return Taro.getSystemInfoSync().language
    } catch {
      return undefined
    }
  },
}
