import Taro from '@tarojs/taro'
import type { Clipboard } from './ports'

/** wx.setClipboardData (WeChat shows its own "copied" toast); H5 uses the browser's clipboard. */
export const taroClipboard: Clipboard = {
  async copy(text) {
    try {
      await Taro.setClipboardData({ data: text })
      return true
    } catch {
      return false
    }
  },
}
