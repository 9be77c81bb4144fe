/**
 * The backend half of the composition root: the API client, the sync engine and its triggers.
 * On H5 it loads after the first paint (src/sync/deferred-backend.ts): the contract's schemas,
 * Taro's request polyfills and the engine are not needed to show the notice (LCP budget), and
 * nothing is sent before the notice is agreed to anyway (§1.5).
 */
import { appRoutes } from '../contract/routes-app'
import type { PlatformServices } from '../services'
import { createApiClient } from '../services/api/client'
import { createTaroTransport } from '../services/api/taro-transport'
import type { AppStore } from '../store/create-app-store'
import { createSyncEngine } from './sync-engine'
import { startSyncTriggers } from './triggers'

export function connectBackend({
  store,
  platform,
}: {
  store: AppStore
  platform: PlatformServices
}) {
  // The main package's routes only; subpackages add theirs (useApi(rightsRoutes)).
  const api = createApiClient(
    {
      baseUrl: API_BASE_URL,
      transport: createTaroTransport(),
      getToken: () => store.getState().session?.token,
    },
    appRoutes,
  )
  const sync = createSyncEngine({
    store,
    api,
    loginCode: platform.loginCode,
    now: Date.now,
    random: Math.random,
    setTimer: (fn, ms) => {
      const timer = setTimeout(fn, ms)
      return () => clearTimeout(timer)
    },
  })
  startSyncTriggers({ store, sync, appEvents: platform.appEvents })
  return { api, sync }
}

export type Backend = ReturnType<typeof connectBackend>
