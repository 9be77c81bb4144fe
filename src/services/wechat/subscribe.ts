import Taro from '@tarojs/taro'
import type { SubscribeAnswer, SubscribeMessages } from '../subscribe-ports'

function toAnswer(value: unknown): SubscribeAnswer {
  return value === 'accept' || value === 'reject' || value === 'ban' ? value : 'failed'
}

const allFailed = (ids: readonly string[]) =>
  Object.fromEntries(ids.map((id) => [id, 'failed' as const]))

/**
 * wx.requestSubscribeMessage behind one interface. The call to Taro happens before the first
 * await, so a tap handler that calls request() first is still inside WeChat's tap.
 */
export const wechatSubscribeMessages: SubscribeMessages = {
  request(templateIds) {
    let pending: Promise<unknown>
    try {
      // entityIds is Alipay's; Taro's type asks for it, WeChat ignores it.
      pending = Taro.requestSubscribeMessage({ tmplIds: [...templateIds], entityIds: [] })
    } catch {
      return Promise.resolve(allFailed(templateIds))
    }
    return pending.then(
      (res) =>
        Object.fromEntries(
          templateIds.map((id) => [id, toAnswer((res as Record<string, unknown>)[id])]),
        ),
      () => allFailed(templateIds),
    )
  },
}
