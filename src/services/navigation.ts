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
      return '/packages/choices/pages/center/index'
    case 'separate-consent':
      return `/packages/choices/pages/separate/index?purpose=${encodeURIComponent(route.purpose)}`
    case 'member':
      return '/packages/member/pages/card/index'
    case 'member-receipts':
      return '/packages/member/pages/receipts/index'
    case 'member-parking':
      return '/packages/member/pages/parking/index'
    case 'member-stores':
      return '/packages/member/pages/stores/index'
    case 'rights':
      return '/packages/rights/pages/index/index'
    case 'rights-form':
      return `/packages/rights/pages/form/index?type=${encodeURIComponent(route.type)}${route.scope ? `&scope=${route.scope}` : ''}`
    case 'rights-requests':
      return '/packages/rights/pages/requests/index'
    case 'rights-request':
      return `/packages/rights/pages/detail/index?id=${encodeURIComponent(route.id)}`
    case 'rights-export':
      return `/packages/rights/pages/export/index?id=${encodeURIComponent(route.id)}`
    case 'marketing-preferences':
      return '/packages/choices/pages/marketing/index'
    case 'guardian':
      return '/packages/choices/pages/guardian/index'
    case 'unsubscribe':
      return `/pages/unsubscribe/index?token=${encodeURIComponent(route.token)}`
    case 'what-changed':
      return '/packages/choices/pages/what-changed/index'
    case 'consent-history':
      return '/packages/about/pages/history/index'
    case 'transparency':
      return '/packages/about/pages/transparency/index'
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
