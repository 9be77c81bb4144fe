import { mockLoginCode } from '../../src/contract/auth'
import { createApiClient, createFetchTransport } from '../../src/services/api'
import { isGranted, selectConsentState } from '../../src/store/selectors'
import { createSyncEngine } from '../../src/sync/sync-engine'
import { buildTestStore } from '../support/store'
import { must, POLICY_VERSION, startServer, type TestServer } from './support/server'

/** An app device (store + sync engine) against the real mock server. */
function device(server: TestServer, userKey: string) {
  const { store } = buildTestStore({ now: server.now })
  const api = createApiClient({
    baseUrl: server.url,
    transport: createFetchTransport(),
    getToken: () => store.getState().session?.token,
  })
  let n = 0
  const engine = createSyncEngine({
    store,
    api,
    loginCode: async () => mockLoginCode(userKey, server.now(), `p${(n += 1)}`),
    now: server.now,
    random: () => 0.5,
    setTimer: () => () => undefined,
  })
  store.getState().decideNotice('accepted')
  return { store, engine }
}

const audience = async (server: TestServer) =>
  must(await server.admin.call('adminAudience', { query: { channel: 'sms' } })).members.length

describe('§14.1 the policy version the backend holds', () => {
  let server: TestServer
  beforeEach(async () => {
    server = await startServer()
  })
  afterEach(async () => {
    await server.close()
  })

  it('§14.1 GET /v1/policy answers without login: the shipped version, nothing changed', async () => {
    const r = await server.anon.call('getPolicy')
    expect(r.ok && r.value).toMatchObject({
      version: POLICY_VERSION,
      changedParagraphs: [],
      history: [expect.objectContaining({ version: POLICY_VERSION })],
    })
  })

  it('§14.1 only the admin publishes, only known paragraphs, each version once', async () => {
    const body = { version: '2026-11+srv', changedParagraphs: ['3.3'] }
    expect(await server.anon.call('adminPublishPolicy', { body })).toMatchObject({
      ok: false,
      error: { status: 401 },
    })
    expect(
      await server.admin.call('adminPublishPolicy', {
        body: { version: '2026-11+bad', changedParagraphs: ['99.9'] },
      }),
    ).toMatchObject({ ok: false, error: { status: 400, code: 'unknown-paragraph' } })
    const published = await server.admin.call('adminPublishPolicy', { body })
    expect(published.ok && published.value).toMatchObject({
      version: '2026-11+srv',
      publishedAt: server.now(),
      changedParagraphs: ['3.3'],
    })
    expect(await server.admin.call('adminPublishPolicy', { body })).toMatchObject({
      ok: false,
      error: { status: 409, code: 'policy-version-exists' },
    })
    const shipped = await server.admin.call('adminPublishPolicy', {
      body: { version: POLICY_VERSION, changedParagraphs: ['3.3'] },
    })
    expect(shipped).toMatchObject({ ok: false, error: { status: 409 } })
  })

  it('§14.1 after a publish the backend holds grants citing the change until re-consent under the new version', async () => {
    const d = device(server, 'reconsent')
    const s = d.store.getState()
    s.recordChoice({ purposeIds: ['marketing-sms'], action: 'grant', source: 'consent-center' })
    s.recordChoice({ purposeIds: ['marketing-email'], action: 'grant', source: 'consent-center' })
    await d.engine.reconcile()
    expect(await audience(server)).toBe(1)

    must(
      await server.admin.call('adminPublishPolicy', {
        body: { version: '2026-11+srv', changedParagraphs: ['3.3'] },
      }),
    )
    // The backend itself: SMS marketing (cites §3.3) is held, e-mail is untouched.
    expect(await audience(server)).toBe(0)
    const member = await server.login('reconsent')
    const held = must(await member.api.call('getConsents'))
    expect(held.currentPolicyVersion).toBe('2026-11+srv')
    expect(held.purposes.find((p) => p.purposeId === 'marketing-sms')?.status).toBe(
      'needs-reconsent',
    )
    expect(held.purposes.find((p) => p.purposeId === 'marketing-email')?.status).toBe('granted')

    // The app learns it with the sync (start / show) and holds the same purpose.
    await d.engine.reconcile()
    expect(d.store.getState().newerPolicy.map((v) => v.version)).toEqual(['2026-11+srv'])
    expect(selectConsentState(d.store.getState())['marketing-sms']?.status).toBe('needs-reconsent')
    expect(isGranted(d.store.getState(), 'marketing-email')).toBe(true)

    d.store
      .getState()
      .recordChoice({ purposeIds: ['marketing-sms'], action: 'grant', source: 're-consent' })
    await d.engine.flush()
    const after = must(await member.api.call('getConsents'))
    expect(after.ledger.at(-1)).toMatchObject({
      purposeId: 'marketing-sms',
      source: 're-consent',
      policyVersion: '2026-11+srv',
    })
    expect(after.purposes.find((p) => p.purposeId === 'marketing-sms')?.status).toBe('granted')
    expect(await audience(server)).toBe(1)
  })

  it('§14.1 a published version survives a restart (SQLite)', async () => {
    must(
      await server.admin.call('adminPublishPolicy', {
        body: { version: '2026-11+srv', changedParagraphs: ['9.3', 'BF.mall-wifi'] },
      }),
    )
    const again = await startServer({ dbFile: server.dbFile })
    try {
      const r = must(await again.anon.call('getPolicy'))
      expect(r.version).toBe('2026-11+srv')
      expect(r.changedParagraphs).toEqual(['9.3', 'BF.mall-wifi'])
      expect(r.history.map((v) => v.version)).toEqual([POLICY_VERSION, '2026-11+srv'])
    } finally {
      await again.close()
    }
  })

  it('§14.1 a database from before migration step 7 (the table made at start) keeps its versions', async () => {
    must(
      await server.admin.call('adminPublishPolicy', {
        body: { version: '2026-11+old', changedParagraphs: ['3.3'] },
      }),
    )
    const latest = server.db.pragma('user_version', { simple: true })
    // What the older server left: the table and its rows, with the schema at step 6.
    server.db.pragma('user_version = 6')
    const again = await startServer({ dbFile: server.dbFile })
    try {
      const r = must(await again.anon.call('getPolicy'))
      expect(r.history.map((v) => v.version)).toEqual([POLICY_VERSION, '2026-11+old'])
      expect(again.db.pragma('user_version', { simple: true })).toBe(latest)
    } finally {
      await again.close()
    }
  })
})
