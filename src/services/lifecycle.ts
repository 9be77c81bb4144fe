import Taro from '@tarojs/taro'
import type { AppEvents } from './ports'

/** App show/hide and network changes: the moments to flush the outbox and reconcile. */
export const taroAppEvents: AppEvents = {
  onShow(listener) {
    Taro.onAppShow(() => listener())
  },
  onNetworkChange(listener) {
    Taro.onNetworkStatusChange((res) => listener(res.isConnected))
  },
}
