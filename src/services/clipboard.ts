import Taro from '@tarojs/taro'
import type { Clipboard } from './ports'

/**
 * Taro's H5 clipboard keeps a copy of whatever is copied in localStorage under this key (for its
 * getClipboardData). An export is personal data: it must not stay on the device (§10.1(c), §8).
 */
export const h5ClipboardKey = 'taro_clipboard'

/** wx.setClipboardData (WeChat shows its own "copied" toast); H5 uses the browser's clipboard. */
export const taroClipboard: Clipboard = {
  async copy(text) {
    // The platform test is written out so each build folds the other branch away.
    if (process.env.TARO_ENV === 'h5') {
      try {
        const { copyInBrowser } = await import('./clipboard-h5')
        return await copyInBrowser(text, h5ClipboardKey)
      } catch {
        // The module could not load (offline): nothing was copied.
        return false
      }
    } else {
      try {
        await Taro.setClipboardData({ data: text })
        return true
      } catch {
        return false
      }
    }
  },
}
