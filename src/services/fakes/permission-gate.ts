import type { WechatScope } from '../../catalogue/types'
import type { PermissionGate, ScopeStatus } from '../ports'

/**
 * Plays WeChat's permission dialogs on H5 and in tests: `answer` decides what the user taps.
 * Like WeChat, a scope refused once is not asked again; only openSetting can change it.
 */
export function createFakePermissionGate(answer: (scope: WechatScope) => boolean = () => true) {
  const state = new Map<WechatScope, ScopeStatus>()
  const asked: WechatScope[] = []
  const gate: PermissionGate & { readonly asked: readonly WechatScope[] } = {
    async status(scope) {
      return state.get(scope) ?? 'not-asked'
    },
    async authorize(scope) {
      const current = state.get(scope)
      if (current === 'granted' || current === 'denied') return current
      asked.push(scope)
      const result = answer(scope) ? 'granted' : 'denied'
      state.set(scope, result)
      return result
    },
    async openSetting(scope) {
      asked.push(scope)
      const result = answer(scope) ? 'granted' : 'denied'
      state.set(scope, result)
      return result
    },
    get asked() {
      return asked
    },
  }
  return gate
}
