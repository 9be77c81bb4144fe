import { verifyAllChains } from '../../mock-server/src/db/ledger'
import { err, ev, must, POLICY_VERSION, startServer, type TestServer } from './support/server'

describe('consents: idempotent, hash-chained ledger (§10.1(d))', () => {
  let s: TestServer
  beforeEach(async () => {
    s = await startServer()
  })
  afterEach(() => s.close())

  it('§1.5 derives the state of every purpose with the policy version it was given under', async () => {
    const m = await s.login('alice')
    const before = must(await m.api.call('getConsents'))
    expect(before.currentPolicyVersion).toBe(POLICY_VERSION)
    expect(before.purposes.find((p) => p.purposeId === 'marketing-sms')).toMatchObject({
      granted: false,
      status: 'not-set',
    })
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('marketing-sms', 'grant', s.now() - 1000)] },
      }),
    )
    const after = must(await m.api.call('getConsents'))
    expect(after.purposes.find((p) => p.purposeId === 'marketing-sms')).toMatchObject({
      granted: true,
      status: 'granted',
      policyVersion: POLICY_VERSION,
    })
    expect(after.ledger).toHaveLength(1)
  })

  it('the same event id again is stored once and answered the same', async () => {
    const m = await s.login('bob')
    const e = ev('marketing-email', 'grant', s.now())
    const first = must(await m.api.call('postConsentEvents', { body: { events: [e] } }))
    const second = must(await m.api.call('postConsentEvents', { body: { events: [e] } }))
    expect(first.results[0]).toMatchObject({ outcome: 'stored', seq: 1 })
    expect(second.results[0]).toMatchObject({
      outcome: 'duplicate',
      seq: 1,
      hash: first.results[0]!.hash,
    })
    expect(must(await m.api.call('getConsents')).ledger).toHaveLength(1)
  })

  it('the same event id with different content is a 409 and nothing of the batch is stored', async () => {
    const m = await s.login('carol')
    const e = ev('marketing-email', 'grant', s.now())
    must(await m.api.call('postConsentEvents', { body: { events: [e] } }))
    const other = ev('marketing-sms', 'grant', s.now())
    const e409 = err(
      await m.api.call('postConsentEvents', {
        body: { events: [other, { ...e, action: 'withdraw' }] },
      }),
    )
    expect(e409).toMatchObject({ status: 409, code: 'event-id-conflict' })
    expect(e409.details.eventIds).toEqual([e.eventId])
    expect(must(await m.api.call('getConsents')).ledger).toHaveLength(1)
    // Another member reusing the id is a conflict too, never a write into someone else's chain.
    const dave = await s.login('dave')
    expect(err(await dave.api.call('postConsentEvents', { body: { events: [e] } })).status).toBe(
      409,
    )
  })

  it('concurrent writes share a commit, yet a 409 in one request never undoes the others', async () => {
    const m = await s.login('grace')
    const taken = ev('marketing-sms', 'grant', s.now())
    must(await m.api.call('postConsentEvents', { body: { events: [taken] } }))
    const batches = Array.from({ length: 6 }, (_, i) => [
      ev('marketing-email', i % 2 ? 'grant' : 'withdraw', s.now() + i),
    ])
    const clash = [ev('marketing-post', 'grant', s.now()), { ...taken, deviceId: 'other' }]
    const answers = await Promise.all(
      [...batches, clash].map((events) => m.api.call('postConsentEvents', { body: { events } })),
    )
    expect(answers.map((a) => (a.ok ? 200 : a.error.status))).toEqual([
      200, 200, 200, 200, 200, 200, 409,
    ])
    const { ledger } = must(await m.api.call('getConsents'))
    expect(ledger.map((l) => l.seq)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(ledger.some((l) => l.purposeId === 'marketing-post')).toBe(false)
    expect(must(await s.admin.call('adminVerifyLedger', { body: {} })).ok).toBe(true)
  })

  it('each entry carries the previous entry hash and every chain verifies', async () => {
    const m = await s.login('erin')
    const t = s.now()
    must(
      await m.api.call('postConsentEvents', {
        body: {
          events: [
            ev('marketing-sms', 'grant', t),
            ev('marketing-email', 'grant', t),
            ev('marketing-sms', 'withdraw', t + 1),
          ],
        },
      }),
    )
    const { ledger } = must(await m.api.call('getConsents'))
    expect(ledger.map((l) => l.seq)).toEqual([1, 2, 3])
    expect(ledger[0]!.prevHash).toBe('0'.repeat(64))
    expect(ledger[1]!.prevHash).toBe(ledger[0]!.hash)
    expect(ledger[2]!.prevHash).toBe(ledger[1]!.hash)
    const v = must(await s.admin.call('adminVerifyLedger', { body: {} }))
    expect(v).toMatchObject({ ok: true, entries: 3, broken: [] })
  })

  it('the verifier finds a tampered entry', async () => {
    const m = await s.login('frank')
    must(
      await m.api.call('postConsentEvents', {
        body: {
          events: [ev('marketing-sms', 'grant', s.now()), ev('marketing-post', 'grant', s.now())],
        },
      }),
    )
    const app = (await import('better-sqlite3')).default
    const db = new app(s.dbFile)
    // The database refuses edits; someone with the file can still drop the trigger first.
    expect(() =>
      db.prepare("UPDATE consent_events SET action = 'withdraw' WHERE seq = 1").run(),
    ).toThrow(/append-only/)
    expect(() => db.prepare('DELETE FROM consent_events WHERE seq = 1').run()).toThrow(/erasure/)
    db.exec('DROP TRIGGER consent_events_no_update')
    db.prepare("UPDATE consent_events SET action = 'withdraw' WHERE seq = 1").run()
    const r = verifyAllChains(db)
    db.close()
    expect(r.broken).toEqual([
      expect.objectContaining({ seq: 1, reason: 'hash does not recompute' }),
    ])
  })

  it('event times later than server time + 5 minutes are clamped to server time', async () => {
    const m = await s.login('gina')
    const future = s.now() + 60 * 60_000
    const ok4 = s.now() + 4 * 60_000
    const r = must(
      await m.api.call('postConsentEvents', {
        body: {
          events: [ev('marketing-sms', 'grant', future), ev('marketing-email', 'grant', ok4)],
        },
      }),
    )
    expect(r.results[0]).toMatchObject({ clamped: true, at: s.now() })
    expect(r.results[1]).toMatchObject({ clamped: false, at: ok4 })
    const { ledger } = must(await m.api.call('getConsents'))
    expect(ledger[0]).toMatchObject({ at: s.now(), clientAt: future })
  })

  it('latest wins, a withdrawal wins a tie, and a late older grant never flips the state', async () => {
    const m = await s.login('hank')
    const t = s.now() - 10_000
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('marketing-sms', 'grant', t), ev('marketing-sms', 'withdraw', t)] },
      }),
    )
    let st = must(await m.api.call('getConsents')).purposes.find(
      (p) => p.purposeId === 'marketing-sms',
    )
    expect(st).toMatchObject({ granted: false, status: 'withdrawn' })
    // A grant from an offline device, older than the withdrawal, arrives late.
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('marketing-sms', 'grant', t - 5000, { deviceId: 'old-phone' })] },
      }),
    )
    st = must(await m.api.call('getConsents')).purposes.find((p) => p.purposeId === 'marketing-sms')
    expect(st).toMatchObject({ granted: false, status: 'withdrawn' })
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('marketing-sms', 'grant', t + 1)] },
      }),
    )
    st = must(await m.api.call('getConsents')).purposes.find((p) => p.purposeId === 'marketing-sms')
    expect(st).toMatchObject({ granted: true })
  })

  it('§7.3 a bulk grant does not count for a separate-consent purpose', async () => {
    const m = await s.login('ivy')
    const r = must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('licence-plates', 'grant', s.now(), { bulk: true })] },
      }),
    )
    expect(r.purposes.find((p) => p.purposeId === 'licence-plates')).toMatchObject({
      granted: false,
    })
  })

  // Unknown purposes are stored and count for nothing: test/contract/consent-versions.test.ts.
  it('an exact repeat in a batch is stored once; two different events under one id are a 400', async () => {
    const m = await s.login('jack')
    const e = ev('marketing-sms', 'grant', s.now())
    const r = must(await m.api.call('postConsentEvents', { body: { events: [e, e] } }))
    expect(r.results).toHaveLength(1)
    expect(must(await m.api.call('getConsents')).ledger).toHaveLength(1)
    const f = ev('marketing-email', 'grant', s.now())
    expect(
      err(await m.api.call('postConsentEvents', { body: { events: [f, { ...f, bulk: true }] } })),
    ).toMatchObject({ status: 400, code: 'duplicate-event-in-batch' })
    expect(must(await m.api.call('getConsents')).ledger).toHaveLength(1)
  })

  it('GET /v1/consents/receipts answers a Kantara / ISO/IEC TS 27560 receipt per ledger entry', async () => {
    const m = await s.login('kate')
    must(
      await m.api.call('postConsentEvents', {
        body: {
          events: [ev('receipt-photos', 'grant', s.now()), ev('marketing-sms', 'grant', s.now())],
        },
      }),
    )
    const { receipts } = must(await m.api.call('getConsentReceipts'))
    expect(receipts).toHaveLength(2)
    const photo = receipts.find(
      (r) => r.event.eventId && r.services[0]!.purposes[0]!.purposeId === 'receipt-photos',
    )!
    expect(photo).toMatchObject({
      version: 'KI-CR-v1.1.0',
      jurisdiction: 'CN',
      piiPrincipalId: m.userId,
      sensitive: expect.any(Boolean),
    })
    expect(photo.services[0]!.purposes[0]!.consentType).toBe('EXPLICIT-SEPARATE')
    expect(photo.event.ledgerHash).toMatch(/^[0-9a-f]{64}$/)
    expect(photo.piiControllers[0]!.email).toBe('info@indigobeijing.com')
  })
})
