import Taro from '@tarojs/taro'

/**
 * H5: Taro's clipboard, loaded when first used (it brings Taro's toast, modal and action sheet,
 * about 22 KB, which the first screen does not need: notice LCP budget). Taro keeps a copy of
 * what was copied in localStorage under `storageKey`; an export is personal data and must not
 * stay on the device (§10.1(c), §8), so it is removed at once.
 */
export async function copyInBrowser(text: string, storageKey: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text })
    return true
  } catch {
    return false
  } finally {
    Taro.removeStorageSync(storageKey)
  }
}
