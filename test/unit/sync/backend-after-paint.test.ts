/**
 * H5 (the LCP budget, bench/index.ts): the backend module loads after the first paint. When it cannot load
 * (the network went first), the sync indicator says so as the engine would, and the load is
 * tried again until it arrives; then what waited on the device is sent.
 */
import type { AppEvents, PlatformServices } from '../../../src/services'
import type { Backend } from '../../../src/sync/backend'
import { connectBackendAfterFirstPaint } from '../../../src/sync/deferred-backend'
import { buildTestStore } from '../../support/store'

const mockConnectBackend = jest.fn<Backend, []>()
jest.mock('../../../src/sync/backend', () => ({ connectBackend: () => mockConnectBackend() }))

function fakeBackend(): Backend {
  return {
    api: { call: jest.fn(), extend: jest.fn() } as unknown as Backend['api'],
    sync: {
      flush: async () => undefined,
      reconcile: async () => undefined,
      ensureSession: async () => null,
      online: async () => undefined,
      stop: () => undefined,
    },
  }
}

/** Lets the module's promise chain run (import() and its .then()). */
const settle = async () => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve()
}

describe('LCP budget: connectBackendAfterFirstPaint', () => {
  beforeEach(() => {
    jest.useFakeTimers()
    mockConnectBackend.mockReset()
  })
  afterEach(() => jest.useRealTimers())

  it('§8.2 offline before the module arrived: the indicator says offline with the waiting choice, and the load is retried until it arrives', async () => {
    const { store } = buildTestStore()
    let networkListener: ((online: boolean) => void) | undefined
    const appEvents: AppEvents = {
      onShow: () => undefined,
      onNetworkChange: (l) => {
        networkListener = l
      },
    }
    store.getState().decideNotice('accepted')
    for (const action of ['grant', 'withdraw'] as const) {
      store
        .getState()
        .recordChoice({ purposeIds: ['marketing-sms'], action, source: 'consent-center' })
    }
    const pending = store.getState().unsynced.length
    expect(pending).toBeGreaterThan(0)
    const backend = fakeBackend()
    mockConnectBackend.mockImplementation(() => {
      throw new Error('Loading chunk 728 failed.')
    })
    connectBackendAfterFirstPaint({ store, platform: { appEvents } as PlatformServices })
    // No paint to wait for here (not a browser): the load starts in the next task.
    jest.advanceTimersByTime(1)
    await settle()
    expect(mockConnectBackend).toHaveBeenCalledTimes(1)
    expect(store.getState().sync).toEqual({ phase: 'offline', pending })

    // Tried again with the engine's backoff (at most the first step's ceiling).
    jest.advanceTimersByTime(60_000)
    await settle()
    expect(mockConnectBackend.mock.calls.length).toBeGreaterThanOrEqual(2)

    // The network returns: the next load succeeds and the engine takes over.
    mockConnectBackend.mockImplementation(() => backend)
    networkListener?.(true)
    await settle()
    const calls = mockConnectBackend.mock.calls.length
    // Loaded once: later signals do not load it again.
    networkListener?.(true)
    jest.advanceTimersByTime(120_000)
    await settle()
    expect(mockConnectBackend.mock.calls.length).toBe(calls)
  })

  it('§1.5 before the notice is answered a failed load changes nothing the user sees', async () => {
    const { store } = buildTestStore()
    const before = store.getState().sync
    mockConnectBackend.mockImplementation(() => {
      throw new Error('offline')
    })
    connectBackendAfterFirstPaint({
      store,
      platform: {
        appEvents: { onShow: () => undefined, onNetworkChange: () => undefined },
      } as unknown as PlatformServices,
    })
    jest.advanceTimersByTime(1)
    await settle()
    expect(mockConnectBackend).toHaveBeenCalledTimes(1)
    expect(store.getState().sync).toBe(before)
  })
})
