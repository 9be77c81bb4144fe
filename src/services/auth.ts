import Taro from '@tarojs/taro'
import { mockLoginCode } from '../contract/mock-login-code'
import type { KeyValueStorage } from './ports'

/** Gets a one-time login code for the backend's code2Session. */
export type LoginCodeSource = () => Promise<string>

/** WeChat: wx.login's code; the backend exchanges it, the openid never reaches the app. */
export const wechatLoginCode: LoginCodeSource = async () => (await Taro.login()).code

/** The H5 stand-in for the WeChat identity; removed when the device is wiped (§10.1(c)). */
export const userKeyStorage = 'indigo.mock-user'

/**
 * H5 has no wx.login: the mock backend accepts `mock:<userKey>:<time>-<nonce>` (README). The
 * user key comes from `?mockUser=` when given (browser tests), else one kept per browser.
 */
export function createMockLoginCode(
  storage: KeyValueStorage,
  now: () => number,
  newId: () => string,
  search: string = typeof location === 'undefined' ? '' : location.search,
): LoginCodeSource {
  return async () => {
    const fromUrl = new URLSearchParams(search).get('mockUser')
    let userKey =
      fromUrl && /^[\w-]{1,64}$/.test(fromUrl) ? fromUrl : storage.getItem(userKeyStorage)
    if (!userKey) userKey = `h5-${newId().slice(0, 8)}`
    storage.setItem(userKeyStorage, userKey)
    return mockLoginCode(userKey, now(), newId().slice(0, 8))
  }
}
