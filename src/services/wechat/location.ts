import Taro from '@tarojs/taro'
import type { LocationSource } from '../member-ports'

/**
 * The store finder's location (§2.2(b)): asked once per tap, never watched in the
 * background. The gate (useConsent) has already checked our consent and the WeChat scope.
 */
export const wechatLocation: LocationSource = {
  async precise() {
    try {
      const r = await Taro.getLocation({ type: 'gcj02' })
      return { latitude: r.latitude, longitude: r.longitude, accuracy: r.accuracy }
    } catch {
      return null
    }
  },
}
