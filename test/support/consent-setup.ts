import type { WechatScope } from '../../src/catalogue/types'
import { createFakePermissionGate } from '../../src/services/fakes/permission-gate'
import { createFakePrivacyGate } from '../../src/services/fakes/privacy-gate'
import type { Navigator, Route } from '../../src/services/ports'
import { buildTestServices } from './render'
import { buildTestStore } from './store'

/**
 * Services for the consent journeys: a navigator that records routes and backs and serves the
 * page query, a fake WeChat permission gate (`answer` plays the user), a fake privacy gate, and
 * optionally a store on a clock the test moves.
 */
export function consentSetup(
  opts: {
    params?: Record<string, string>
    now?: () => number
    answer?: (scope: WechatScope) => boolean
  } = {},
) {
  const base = buildTestServices()
  const nav = { routes: [] as Route[], backs: 0, params: opts.params ?? {} }
  const navigator: Navigator = {
    go: (r) => void nav.routes.push(r),
    back: () => void (nav.backs += 1),
    params: () => nav.params,
  }
  const permissions = createFakePermissionGate(opts.answer)
  const privacy = createFakePrivacyGate()
  const own = opts.now ? buildTestStore({ now: opts.now }) : undefined
  return {
    ...base,
    store: own?.store ?? base.store,
    storage: own?.storage ?? base.storage,
    nav,
    permissions,
    privacy,
    services: { ...base.services, navigator, permissions, privacy },
  }
}

export type ConsentSetup = ReturnType<typeof consentSetup>

/**
 * The user's choices in the ledger, without the notice's own event (§1.5, §14.1: the notice
 * answer is recorded as `privacy-notice`; the tests here look at what the screens recorded).
 */
export function choices(setup: { store: ConsentSetup['store'] }) {
  return setup.store.getState().ledger.filter((e) => e.purposeId !== 'privacy-notice')
}
