import Database from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { retentionCutoff, runRetention } from '../../mock-server/src/jobs/retention'
import { err, ev, must, startServer, type TestServer } from './support/server'

const YEAR = 365.25 * 24 * 3600_000
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(16),
]).toString('base64')

describe('retention (§8.1)', () => {
  let s: TestServer
  beforeEach(async () => {
    s = await startServer()
  })
  afterEach(() => s.close())

  it('§8.1 computes the cutoff six calendar years back, leap days clamped', () => {
    expect(new Date(retentionCutoff(Date.UTC(2032, 1, 29, 12))).toISOString()).toBe(
      '2026-02-28T12:00:00.000Z',
    )
    expect(new Date(retentionCutoff(Date.UTC(2032, 5, 1))).toISOString()).toBe(
      '2026-06-01T00:00:00.000Z',
    )
  })

  it('§8.1 erases members six years after their last transaction, not before', async () => {
    const old = await s.login('old')
    must(await old.api.call('bindPhone', { body: { code: 'mockphone:13812345678' } }))
    must(
      await old.api.call('postConsentEvents', {
        body: {
          events: [
            ev('receipt-photos', 'grant', s.now() - 1000),
            ev('marketing-sms', 'grant', s.now() - 1000),
          ],
        },
      }),
    )
    must(
      await old.api.call('uploadReceipt', {
        body: {
          uploadKey: 'rcp-retention-old',
          mimeType: 'image/png',
          imageBase64: PNG,
          amountFen: 500,
          storeName: 'S',
          purchasedAt: s.now(),
        },
      }),
    )
    s.advance(3 * YEAR)
    const active = await s.login('active')
    must(
      await active.api.call('postConsentEvents', {
        body: { events: [ev('receipt-photos', 'grant', s.now() - 1000)] },
      }),
    )
    must(
      await active.api.call('uploadReceipt', {
        body: {
          uploadKey: 'rcp-retention-active',
          mimeType: 'image/png',
          imageBase64: PNG,
          amountFen: 500,
          storeName: 'S',
          purchasedAt: s.now(),
        },
      }),
    )
    // Five years and a bit after old's last transaction: nothing is due yet.
    s.advance(2.5 * YEAR)
    expect(runRetention(s.db, s.now).erased).toEqual([])
    s.advance(0.6 * YEAR)
    const r = runRetention(s.db, s.now)
    expect(r.erased).toEqual([old.userId])
    expect(err(await old.api.call('getProfile')).status).toBe(401)
    // The active member (sessions long expired) logs in again to the same account.
    expect((await s.login('active')).userId).toBe(active.userId)
    expect(
      must(await s.admin.call('adminAudience', { query: { channel: 'sms' } })).members,
    ).toEqual([])
    const db = new Database(s.dbFile, { readonly: true })
    expect(
      db
        .prepare('SELECT reason, ledger_entries FROM erasure_proofs WHERE user_id = ?')
        .get(old.userId),
    ).toEqual({ reason: 'retention', ledger_entries: 2 })
    expect(db.prepare('SELECT phone, openid FROM users WHERE id = ?').get(old.userId)).toEqual({
      phone: null,
      openid: null,
    })
    expect(
      db.prepare('SELECT COUNT(*) AS n FROM receipts WHERE user_id = ?').get(old.userId),
    ).toEqual({ n: 0 })
    db.close()
  })

  it('holds a member with an open rights request until it is answered', async () => {
    const m = await s.login('holder')
    must(
      await m.api.call('createRightsRequest', {
        body: { type: 'explain-rules', onBehalfOf: 'self', details: { question: 'q' } },
      }),
    )
    s.advance(6.1 * YEAR)
    const r = runRetention(s.db, s.now)
    expect(r).toMatchObject({ erased: [], heldForOpenRequest: [m.userId] })
  })

  it('the retention and verify-ledger commands run against a database file', async () => {
    const m = await s.login('cmd')
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('marketing-sms', 'grant', s.now())] },
      }),
    )
    const run = (script: string, args: string[]) =>
      execFileSync(
        process.execPath,
        ['--import', 'tsx', `mock-server/src/commands/${script}.ts`, `--db=${s.dbFile}`, ...args],
        { cwd: resolve(__dirname, '../..'), encoding: 'utf8' },
      )
    expect(run('verify-ledger', [])).toMatch(/1 chains, 1 entries, 0 broken/)
    expect(run('retention', ['--now=2040-01-01T00:00:00Z', '--dry-run'])).toMatch(
      /1 erased, 0 held.*/,
    )
    expect(run('retention', ['--now=2027-01-01T00:00:00Z'])).toMatch(/0 erased/)
  })
})
