/**
 * The composition root: platform services, the store, the backend client and the sync engine,
 * built once at launch. Pages get them through ServicesProvider and StoreProvider.
 */
import { createIdGenerator } from './domain/ids'
import { languageFromSystem } from './i18n/language'
import { createPlatformServices, type Services } from './services'
import { createAppStore } from './store/create-app-store'
import { storeDeps } from './store/store-deps'
import { connectBackend } from './sync/backend'
import { connectBackendAfterFirstPaint } from './sync/deferred-backend'

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
  // The platform test is written out (folded by the build): WeChat builds the backend at
  // launch; H5 loads it after the first paint (the LCP budget in bench/; see deferred-backend.ts).
  const backend =
    process.env.TARO_ENV === 'h5'
      ? connectBackendAfterFirstPaint({ store, platform })
      : connectBackend({ store, platform })
  const services: Services = { ...platform, api: backend.api, sync: backend.sync }
  return { services, store }
}
