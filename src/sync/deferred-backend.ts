import type { AppRoutes } from '../contract/routes-app'
import { retryDelay } from '../domain/outbox'
import type { PlatformServices, Services } from '../services'
import type { ApiClient, ApiError, RouteTable } from '../services/api/client'
import { afterFirstPaint } from '../services/first-paint'
import type { AppStore } from '../store/create-app-store'
import type { Backend } from './backend'

/**
 * The API client and the sync engine before their module has loaded (H5, LCP budget): each call
 * waits for it, and asking anything starts the load at once. A load that fails (offline) is
 * tried again on the next call; until then calls answer as the network would (errors are
 * values), and the outbox keeps every unsent choice on the device (§8.2): the engine sends it
 * once it runs.
 */
export function deferBackend(load: () => Promise<Backend>) {
  let loading: Promise<Backend> | null = null
  const ready = () => {
    loading ??= load().catch((e: unknown) => {
      loading = null
      throw e
    })
    return loading
  }
  const unreachable = (e: unknown): ApiError => ({
    kind: 'network',
    message: e instanceof Error ? e.message : String(e),
  })

  function lazyClient<T extends RouteTable>(get: () => Promise<ApiClient<T>>): ApiClient<T> {
    return {
      call: (name, input) =>
        get().then(
          (client) => client.call(name, input),
          (e: unknown) => ({ ok: false as const, error: unreachable(e) }),
        ),
      extend: (more) => lazyClient(() => get().then((client) => client.extend(more))),
    }
  }

  const api: ApiClient<AppRoutes> = lazyClient(() => ready().then((b) => b.api))
  const sync: Services['sync'] = {
    flush: () =>
      ready().then(
        (b) => b.sync.flush(),
        () => undefined,
      ),
    reconcile: () =>
      ready().then(
        (b) => b.sync.reconcile(),
        () => undefined,
      ),
    ensureSession: () => ready().then((b) => b.sync.ensureSession(), unreachable),
  }
  return {
    api,
    sync,
    /** Loads the backend now (the sync engine starts its triggers when it has loaded). */
    load: (): Promise<void> => ready().then(() => undefined),
  }
}

/**
 * H5: the backend's module (the contract's schemas, Taro's request polyfills, the sync engine)
 * loads once the first screen has painted, not before it (notice LCP budget). It is not
 * prefetched either: webpack's startup prefetch costs the entry about 2 ms of main-thread time
 * and the fetch competes with the entry's, for a module nothing needs before the first paint.
 * The notice still comes first and nothing is sent before it is agreed to (§1.5): the engine
 * checks that itself.
 * A load that fails (the network went before the module arrived) is shown as the engine shows
 * a network failure, "offline" with what waits in the outbox (src/sync/), and tried again with
 * the engine's backoff, when the network returns and when a choice waits to be sent. Once
 * loaded, the engine's own triggers take over (./triggers.ts).
 */
export function connectBackendAfterFirstPaint(deps: {
  store: AppStore
  platform: PlatformServices
}): Pick<Services, 'api' | 'sync'> {
  const { store, platform } = deps
  const backend = deferBackend(() => import('./backend').then((m) => m.connectBackend(deps)))
  let attempt = 0
  let retry: ReturnType<typeof setTimeout> | undefined
  let loaded = false
  const start = () => {
    if (loaded) return
    clearTimeout(retry)
    backend.load().then(
      () => {
        loaded = true
      },
      () => {
        const state = store.getState()
        if (state.notice?.decision === 'accepted') {
          const pending = state.unsynced.length
          state.setSync({ phase: pending === 0 ? 'synced' : 'offline', pending })
        }
        retry = setTimeout(start, retryDelay(attempt, Math.random))
        attempt += 1
      },
    )
  }
  afterFirstPaint(start)
  store.subscribe((s, prev) => {
    if (s.unsynced.length > prev.unsynced.length) start()
  })
  platform.appEvents.onNetworkChange((online) => {
    if (online) start()
  })
  return { api: backend.api, sync: backend.sync }
}
