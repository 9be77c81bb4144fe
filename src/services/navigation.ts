import Taro from '@tarojs/taro'
import type { Navigator, Route } from './ports'

function urlOf(route: Route): string {
  switch (route.page) {
    case 'home':
      return '/pages/index/index'
    case 'notice':
      return '/pages/notice/index'
    case 'policy':
      return `/packages/policy/pages/full-text/index${route.section ? `?section=${route.section}` : ''}`
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
}
