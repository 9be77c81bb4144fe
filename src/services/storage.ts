import Taro from '@tarojs/taro'
import type { KeyValueStorage } from './ports'

/**
 * Taro's synchronous storage (wx.*StorageSync on WeChat, localStorage on H5). Reads never
 * throw: a failed read is reported as missing, so a broken storage can only ever mean
 * "nothing granted".
 */
export const taroStorage: KeyValueStorage = {
  getItem(key) {
    try {
      const value: unknown = Taro.getStorageSync(key)
      // WeChat answers '' for a missing key.
      return typeof value === 'string' && value !== '' ? value : null
    } catch {
      return null
    }
  },
  setItem(key, value) {
    Taro.setStorageSync(key, value)
  },
  removeItem(key) {
    try {
      Taro.removeStorageSync(key)
    } catch {
      // Removing what cannot be read is not an error worth surfacing.
    }
  },
  keys() {
    // wx.getStorageInfoSync on WeChat, Object.keys(localStorage) on H5. A failure lists
    // nothing, so a sweep that relies on it removes nothing.
    try {
      const { keys } = Taro.getStorageInfoSync()
      return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : []
    } catch {
      return []
    }
  },
  onExternalChange(listener) {
    // H5 only: the browser tells a tab when another tab of the same origin wrote localStorage
    // (Taro H5 keeps its storage there, under the same key). WeChat has no second instance.
    if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return () => undefined
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea === window.localStorage) listener(e.key)
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  },
}
