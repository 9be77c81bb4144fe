import { mockLoginCode } from '../../src/contract/auth'
import { createApiClient, createFetchTransport, type Transport } from '../../src/services/api'
import { isGranted } from '../../src/store/selectors'
import { createSyncEngine } from '../../src/sync/sync-engine'
import { buildTestStore } from '../support/store'
import { startServer, type TestServer } from './support/server'

let codes = 0

/** The app's store + sync engine + API client against the real mock server. */
function device(server: TestServer, userKey: string, opts: { online?: () => boolean } = {}) {
  const { store } = buildTestStore({ now: server.now })
  const fetchTransport = createFetchTransport()
  const transport: Transport = (req) =>
    opts.online && !opts.online()
      ? Promise.reject(new Error('request:fail offline'))
      : fetchTransport(req)
  const api = createApiClient({
    baseUrl: server.url,
    transport,
    getToken: () => store.getState().session?.token,
  })
  const timers: Array<() => void> = []
  const engine = createSyncEngine({
    store,
    api,
    loginCode: async () => mockLoginCode(userKey, server.now(), `d${(codes += 1)}`),
    now: server.now,
    random: () => 0.5,
    setTimer: (fn) => {
      timers.push(fn)
      return () => void timers.splice(timers.indexOf(fn), 1)
    },
  })
  store.getState().decideNotice('accepted')
  return { store, engine, timers }
}

describe('sync engine against the mock server', () => {
  let server: TestServer
  beforeEach(async () => {
    server = await startServer()
  })
  afterEach(async () => {
    await server.close()
  })

  it('§1.5 sends nothing before the notice is agreed to', async () => {
    const d = device(server, 'guest')
    d.store.setState({ notice: { decision: 'declined', policyVersion: 'x', at: 0 } })
    d.store
      .getState()
      .recordChoice({ purposeIds: ['marketing-sms'], action: 'grant', source: 'consent-center' })
    await d.engine.flush()
    expect(d.store.getState().session).toBeNull()
    // The notice answer and the choice wait on the device.
    expect(d.store.getState().unsynced).toHaveLength(2)
  })

  it('§3.4(c) a grant then a withdrawal in the app reach the server; the server honours the withdrawal', async () => {
    const d = device(server, 'alice')
    d.store
      .getState()
      .recordChoice({ purposeIds: ['marketing-sms'], action: 'grant', source: 'consent-center' })
    await d.engine.flush()
    let audience = await server.admin.call('adminAudience', { query: { channel: 'sms' } })
    expect(audience.ok && audience.value.members.length).toBe(1)
    d.store
      .getState()
      .recordChoice({ purposeIds: ['marketing-sms'], action: 'withdraw', source: 'consent-center' })
    await d.engine.flush()
    expect(d.store.getState().unsynced).toEqual([])
    expect(d.store.getState().sync.phase).toBe('synced')
    audience = await server.admin.call('adminAudience', { query: { channel: 'sms' } })
    expect(audience.ok && audience.value.members).toEqual([])
  })

  it('§3.4 a withdrawal made offline is kept, retried, and reaches the server when back online', async () => {
    let online = true
    const d = device(server, 'bob', { online: () => online })
    d.store
      .getState()
      .recordChoice({ purposeIds: ['marketing-email'], action: 'grant', source: 'consent-center' })
    await d.engine.flush()
    online = false
    d.store.getState().recordChoice({
      purposeIds: ['marketing-email'],
      action: 'withdraw',
      source: 'consent-center',
    })
    await d.engine.flush()
    expect(d.store.getState().sync).toMatchObject({ phase: 'offline', pending: 1 })
    expect(d.timers).toHaveLength(1)
    online = true
    await d.engine.online()
    expect(d.store.getState().sync).toMatchObject({ phase: 'synced', pending: 0 })
    const audience = await server.admin.call('adminAudience', { query: { channel: 'email' } })
    expect(audience.ok && audience.value.members).toEqual([])
  })

  it('§3.4 two devices of one user converge on the latest choice', async () => {
    const phone = device(server, 'carol')
    const pad = device(server, 'carol')
    phone.store
      .getState()
      .recordChoice({ purposeIds: ['marketing-post'], action: 'grant', source: 'consent-center' })
    await phone.engine.flush()
    await pad.engine.reconcile()
    expect(isGranted(pad.store.getState(), 'marketing-post')).toBe(true)
    server.advance(1_000)
    pad.store.getState().recordChoice({
      purposeIds: ['marketing-post'],
      action: 'withdraw',
      source: 'consent-center',
    })
    await pad.engine.flush()
    await phone.engine.reconcile()
    expect(isGranted(phone.store.getState(), 'marketing-post')).toBe(false)
  })

  it('§1.6 §12.2 a child’s choices stay on the device until the guardian has given separate consent', async () => {
    const d = device(server, 'child')
    d.store.getState().setBirthDate('2015-03-01')
    d.store
      .getState()
      .recordChoice({ purposeIds: ['marketing-sms'], action: 'grant', source: 'consent-center' })
    await d.engine.flush()
    const member = await server.login('child')
    const before = await member.api.call('getConsents')
    expect(before.ok && before.value.ledger.map((e) => e.purposeId)).toEqual([])
    // Not even the child's date of birth has left the device.
    const profileBefore = await member.api.call('getProfile')
    expect(profileBefore.ok && (profileBefore.value.birthDate ?? null)).toBeNull()

    d.store.getState().recordChoice({
      purposeIds: ['guardian-consent'],
      action: 'grant',
      source: 'guardian-flow',
      actor: 'guardian',
    })
    await d.engine.flush()
    const after = await member.api.call('getConsents')
    if (!after.ok) throw new Error(after.error.message)
    expect(
      after.value.ledger.some((e) => e.purposeId === 'guardian-consent' && e.actor === 'guardian'),
    ).toBe(true)
    // With the guardian's consent the date of birth goes first, so the backend judges by it.
    const profileAfter = await member.api.call('getProfile')
    expect(profileAfter.ok && profileAfter.value.birthDate).toBe('2015-03-01')
    // The child's own marketing choice never counts without the guardian (§12.2).
    expect(after.value.purposes.find((p) => p.purposeId === 'marketing-sms')?.granted).toBe(false)
  })
})
