import Taro from '@tarojs/taro'
import type { SubscribeAnswer, SubscribeMessages, SubscribeSetting } from '../subscribe-ports'

interface SubscriptionsSetting {
  mainSwitch?: boolean
  itemSettings?: Record<string, string | undefined>
}

function toAnswer(value: unknown): SubscribeAnswer {
  return value === 'accept' || value === 'reject' || value === 'ban' ? value : 'failed'
}

/** wx.getSetting({ withSubscriptions }) and wx.requestSubscribeMessage behind one interface. */
export const wechatSubscribeMessages: SubscribeMessages = {
  async setting(templateId): Promise<SubscribeSetting> {
    try {
      const res = await Taro.getSetting({ withSubscriptions: true })
      const subs = (res as { subscriptionsSetting?: SubscriptionsSetting }).subscriptionsSetting
      // The main switch off: WeChat shows nothing and delivers nothing.
      if (subs?.mainSwitch === false) return 'reject'
      const item = subs?.itemSettings?.[templateId]
      return item === 'accept' || item === 'reject' || item === 'ban' ? item : 'ask'
    } catch {
      return 'ask'
    }
  },
  async request(templateId) {
    try {
      const res = await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] })
      return toAnswer((res as unknown as Record<string, unknown>)[templateId])
    } catch {
      return 'failed'
    }
  },
}
