/**
 * The H5 app loads its backend module (API client, contract schemas, sync engine) after the
 * first paint (the LCP budget, bench/index.ts). Until it has loaded, calls wait for it; a load that fails
 * answers as the network would and is tried again; and nothing decided meanwhile is lost.
 */
import { mockLoginCode } from '../../../src/contract/auth'
import { appRoutes } from '../../../src/contract/routes-app'
import { rightsRoutes } from '../../../src/contract/routes-rights'
import { createApiClient } from '../../../src/services/api/client'
import type { AppEvents } from '../../../src/services/ports'
import type { Backend } from '../../../src/sync/backend'
import { deferBackend } from '../../../src/sync/deferred-backend'
import { createSyncEngine } from '../../../src/sync/sync-engine'
import { startSyncTriggers } from '../../../src/sync/triggers'
import { createFakeConsentServer } from '../../support/fake-consent-server'
import { buildTestStore } from '../../support/store'

const now = () => Date.UTC(2026, 10, 24, 8)

function setup() {
  const server = createFakeConsentServer(now)
  const { store } = buildTestStore({ now })
  const requests: string[] = []
  const appEvents: AppEvents = { onShow: () => undefined, onNetworkChange: () => undefined }
  let codes = 0
  /** What the real module does (src/sync/backend.ts), over the fake server. */
  const connect = (): Backend => {
    const api = createApiClient(
      {
        baseUrl: 'http://fake',
        transport: async (req) => {
          requests.push(`${req.method} ${new URL(req.url).pathname}`)
          return server.handle(req)
        },
        getToken: () => store.getState().session?.token,
      },
      appRoutes,
    )
    const sync = createSyncEngine({
      store,
      api,
      loginCode: async () => mockLoginCode('deferred', now(), `d${(codes += 1)}`),
      now,
      random: () => 0.5,
      setTimer: () => () => undefined,
    })
    startSyncTriggers({ store, sync, appEvents })
    return { api, sync }
  }
  return { server, store, requests, connect }
}

/** A load the test finishes by hand, like a chunk still on its way. */
function gate<T>() {
  let open!: (value: T) => void
  let fail!: (e: Error) => void
  const promise = new Promise<T>((ok, ko) => {
    open = ok
    fail = ko
  })
  return { promise, open, fail }
}

const settle = () => new Promise((ok) => setTimeout(ok, 0))

describe('deferred backend (H5: loaded after the first paint)', () => {
  it('§8.2 a withdrawal made before the backend module has loaded reaches the server once it loads', async () => {
    const { server, store, connect } = setup()
    const loaded = gate<Backend>()
    let loads = 0
    const backend = deferBackend(() => {
      loads += 1
      return loaded.promise
    })
    // §1.5: the notice first, then a grant and its withdrawal, all before the module is there.
    store.getState().decideNotice('accepted')
    store
      .getState()
      .recordChoice({ purposeIds: ['marketing-sms'], action: 'grant', source: 'consent-center' })
    store
      .getState()
      .recordChoice({ purposeIds: ['marketing-sms'], action: 'withdraw', source: 'consent-center' })
    void backend.load()
    void backend.load()
    const flushed = backend.sync.flush()
    expect(loads).toBe(1)
    await settle()
    expect(server.ledger).toHaveLength(0)
    expect(store.getState().unsynced.length).toBeGreaterThan(0)

    loaded.open(connect())
    await flushed
    await settle()
    expect(store.getState().unsynced).toEqual([])
    const sms = server.ledger.filter((e) => e.purposeId === 'marketing-sms')
    // The outbox sends a withdrawal first (src/domain/outbox.ts); the ledger orders them by time.
    expect(sms.map((e) => e.action).sort()).toEqual(['grant', 'withdraw'])
    expect(server.state()['marketing-sms']?.granted).toBe(false)
  })

  it('§1.5 before the notice is agreed to, loading the backend sends nothing', async () => {
    const { store, requests, connect } = setup()
    const backend = deferBackend(async () => connect())
    await backend.load()
    await backend.sync.reconcile()
    expect(await backend.sync.ensureSession()).toMatchObject({ code: 'notice-not-accepted' })
    expect(store.getState().notice).toBeNull()
    expect(requests).toEqual([])
  })

  it('§8.2 a load that fails answers calls as a network error and is tried again on the next call', async () => {
    const { store, connect } = setup()
    store.getState().decideNotice('accepted')
    store
      .getState()
      .recordChoice({ purposeIds: ['marketing-sms'], action: 'grant', source: 'consent-center' })
    let offline = true
    let loads = 0
    const backend = deferBackend(async () => {
      loads += 1
      if (offline) throw new Error('Loading chunk 728 failed.')
      return connect()
    })
    expect(await backend.api.call('getConsents')).toEqual({
      ok: false,
      error: { kind: 'network', message: 'Loading chunk 728 failed.' },
    })
    // The engine's calls neither throw nor report a success they did not have.
    await expect(backend.sync.flush()).resolves.toBeUndefined()
    expect(await backend.sync.ensureSession()).toMatchObject({ kind: 'network' })
    expect(loads).toBe(3)
    expect(store.getState().unsynced).toHaveLength(2)

    offline = false
    await backend.sync.flush()
    expect(loads).toBe(4)
    // Loaded now: the notice answer and the choice that waited on the device are sent.
    expect(store.getState().unsynced).toEqual([])
    expect((await backend.api.call('getConsents')).ok).toBe(true)
    expect(loads).toBe(4)
  })

  it("LCP budget: a subpackage's extended client waits for the same load and knows its own routes", async () => {
    const { store, requests, connect } = setup()
    store.getState().decideNotice('accepted')
    const loaded = gate<Backend>()
    const backend = deferBackend(() => loaded.promise)
    const rights = backend.api.extend(rightsRoutes)
    const pending = rights.call('listRightsRequests')
    loaded.open(connect())
    const res = await pending
    // The fake server has no rights routes: the request went out under the rights table.
    expect(res.ok).toBe(false)
    expect(requests).toContain('GET /v1/rights-requests')
  })
})
