/**
 * The composition root: platform services, the store, the backend client and the sync engine,
 * built once at launch. Pages get them through ServicesProvider and StoreProvider.
 */
import { createIdGenerator } from './domain/ids'
import { languageFromSystem } from './i18n/language'
import { createPlatformServices, type Services } from './services'
import { appRoutes } from './contract/routes-app'
import { createApiClient } from './services/api/client'
import { createTaroTransport } from './services/api/taro-transport'
import { createAppStore } from './store/create-app-store'
import { storeDeps } from './store/store-deps'
import { createSyncEngine } from './sync/sync-engine'
import { startSyncTriggers } from './sync/triggers'

export function bootstrap() {
  const newId = createIdGenerator()
  const platform = createPlatformServices({ now: Date.now, newId })
  const store = createAppStore({
    ...storeDeps({ now: Date.now, newId }),
    storage: platform.storage,
    initialLang: languageFromSystem(platform.system.language()),
    // No personal data in the report, only what went wrong (§8.2).
    report: (issue) => console.warn(`[indigo] ${issue}`),
  })
  // The main package's routes only; subpackages add theirs (useApi(rightsRoutes), issue 9).
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
  const services: Services = { ...platform, api, sync }
  return { services, store }
}
