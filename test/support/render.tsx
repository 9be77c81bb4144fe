import TestUtils from '@tarojs/test-utils-react'
import type { ComponentType } from 'react'
import { ServicesProvider } from '../../src/hooks/services-context'
import type { Services } from '../../src/services'
import { createFakePermissionGate } from '../../src/services/fakes/permission-gate'
import { createFakePrivacyGate } from '../../src/services/fakes/privacy-gate'
import type { Route } from '../../src/services/ports'
import { StoreProvider } from '../../src/store/store-context'
import { buildTestStore } from './store'

const mounted: TestUtils[] = []

/** Unmounts every page mounted by the test, so the next test starts from an empty document. */
export function unmountAll() {
  for (const utils of mounted.splice(0)) utils.unmout()
  document.body.innerHTML = ''
}

export function buildTestServices(overrides: Partial<Services> = {}) {
  const routes: Route[] = []
  const built = buildTestStore()
  const services: Services = {
    storage: built.storage,
    system: { language: () => 'zh_CN' },
    privacy: createFakePrivacyGate(),
    permissions: createFakePermissionGate(),
    navigator: { go: (r) => void routes.push(r), back: () => void routes.push({ page: 'home' }) },
    ...overrides,
  }
  return { services, routes, ...built }
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
