import TestUtils from '@tarojs/test-utils-react'
import type { ComponentType } from 'react'
import { ServicesProvider } from '../../src/hooks/services-context'
import type { Services } from '../../src/services'
import { createFakeLocation } from '../../src/services/fakes/location'
import { createFakeMediaPicker } from '../../src/services/fakes/media'
import { createFakeParkingLot } from '../../src/services/fakes/parking-lot'
import { createFakePermissionGate } from '../../src/services/fakes/permission-gate'
import { createFakePhoneBinding } from '../../src/services/fakes/phone'
import { createFakePrivacyGate } from '../../src/services/fakes/privacy-gate'
import { mockLoginCode } from '../../src/contract/auth'
import { createApiClient, type Transport } from '../../src/services/api'
import type { Route } from '../../src/services/ports'
import { createSyncEngine } from '../../src/sync/sync-engine'
import { StoreProvider } from '../../src/store/store-context'
import { buildTestStore } from './store'

const mounted: TestUtils[] = []

/** Unmounts every page mounted by the test, so the next test starts from an empty document. */
export function unmountAll() {
  for (const utils of mounted.splice(0)) utils.unmout()
  document.body.innerHTML = ''
}

/** Until a test gives it a server, the app is offline: every request fails at the network. */
const offline: Transport = () => Promise.reject(new Error('request:fail offline'))

/**
 * Fake platform services, a fresh store, and the real API client and sync engine over
 * `transport` (offline by default; a contract-style test passes a fetch transport).
 * One clock for all of them, `now`: by default it stands at the moment they are built, on the
 * test's Date.now (which TEST_NOW moves, as it moves the pages' own Date.now); a test that
 * needs it elsewhere passes its own. A session, an event or a receipt made on one clock and checked on another agrees
 * only while both are near the same day (a fixed date here went wrong once the real one moved
 * on), and a clock standing still keeps orderings and the car park's fees the same each run.
 */
export function buildTestServices(
  overrides: Partial<Services> = {},
  opts: { transport?: Transport; baseUrl?: string; userKey?: string; now?: () => number } = {},
) {
  const routes: Route[] = []
  const startedAt = Date.now()
  const now = opts.now ?? (() => startedAt)
  const built = buildTestStore({ now })
  const { store } = built
  const api = createApiClient({
    baseUrl: opts.baseUrl ?? 'http://127.0.0.1:9',
    transport: opts.transport ?? offline,
    getToken: () => store.getState().session?.token,
  })
  let codes = 0
  const loginCode = async () =>
    mockLoginCode(opts.userKey ?? 'component-test', now(), `c${(codes += 1)}`)
  const timers: Array<() => void> = []
  const sync = createSyncEngine({
    store,
    api,
    loginCode,
    now,
    random: () => 0.5,
    setTimer: (fn) => {
      timers.push(fn)
      return () => void timers.splice(timers.indexOf(fn), 1)
    },
  })
  const services: Services = {
    storage: built.storage,
    system: { language: () => 'zh_CN' },
    privacy: createFakePrivacyGate(),
    permissions: createFakePermissionGate(),
    navigator: { go: (r) => void routes.push(r), back: () => void routes.push({ page: 'home' }) },
    appEvents: { onShow: () => undefined, onNetworkChange: () => undefined },
    loginCode,
    media: createFakeMediaPicker(),
    location: createFakeLocation(),
    phone: createFakePhoneBinding(),
    parkingLot: createFakeParkingLot(now),
    api,
    sync,
    ...overrides,
  }
  return { services, routes, timers, ...built }
}

/**
 * Mounts a page with @tarojs/test-utils-react inside the app's providers, on a fresh store and
 * fake services. Returns the DOM root and the test utils to query and fire events.
 */
export async function mountPage(
  Page: ComponentType,
  setup: ReturnType<typeof buildTestServices> = buildTestServices(),
) {
  const testUtils = new TestUtils()
  function Wrapped() {
    return (
      <ServicesProvider services={setup.services}>
        <StoreProvider store={setup.store}>
          <Page />
        </StoreProvider>
      </ServicesProvider>
    )
  }
  await testUtils.mount(Wrapped, {})
  mounted.push(testUtils)
  return { testUtils, ...setup }
}
