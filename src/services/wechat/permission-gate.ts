import Taro from '@tarojs/taro'
import type { WechatScope } from '../../catalogue/types'
import type { PermissionGate, ScopeStatus } from '../ports'

async function readSetting(): Promise<Record<string, boolean | undefined>> {
  try {
    const res = await Taro.getSetting()
    return res.authSetting as Record<string, boolean | undefined>
  } catch {
    return {}
  }
}

function toStatus(value: boolean | undefined): ScopeStatus {
  if (value === undefined) return 'not-asked'
  return value ? 'granted' : 'denied'
}

/** wx.getSetting / wx.authorize / wx.openSetting behind one interface. */
export const wechatPermissionGate: PermissionGate = {
  async status(scope: WechatScope) {
    return toStatus((await readSetting())[scope])
  },
  async authorize(scope) {
    try {
      await Taro.authorize({ scope })
      return 'granted'
    } catch {
      return 'denied'
    }
  },
  async openSetting(scope) {
    try {
      const res = await Taro.openSetting()
      return (res.authSetting as Record<string, boolean | undefined>)[scope] ? 'granted' : 'denied'
    } catch {
      return 'denied'
    }
  },
}
