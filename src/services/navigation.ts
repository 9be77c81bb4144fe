import Taro from '@tarojs/taro'
import type { Navigator, Route } from './ports'

function urlOf(route: Route): string {
  switch (route.page) {
    case 'home':
      return '/pages/index/index'
    case 'notice':
      return '/pages/notice/index'
    case 'policy':
      return `/packages/policy/pages/full-text/index${route.section ? `?section=${encodeURIComponent(route.section)}` : ''}`
    case 'consent-center':
      return '/pages/consent-center/index'
    case 'separate-consent':
      return `/pages/separate-consent/index?purpose=${encodeURIComponent(route.purpose)}`
  }
}

export const taroNavigator: Navigator = {
  go(route) {
    if (route.page === 'home') {
      void Taro.reLaunch({ url: urlOf(route) })
      return
    }
    void Taro.navigateTo({ url: urlOf(route) })
  },
  back() {
    void Taro.navigateBack().catch(() => Taro.reLaunch({ url: urlOf({ page: 'home' }) }))
  },
  params() {
    const raw = Taro.getCurrentInstance().router?.params ?? {}
    const out: Record<string, string> = {}
    for (const [k, v] of Object.entries(raw)) {
      if (typeof v === 'string') out[k] = safeDecode(v)
    }
    return out
  },
}

/** H5 hands the query over still encoded, WeChat decoded: decoding twice is harmless here. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
