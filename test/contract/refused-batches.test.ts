import {
  err,
  ev,
  must,
  POLICY_VERSION,
  startServer,
  type Member,
  type TestServer,
} from './support/server'

/**
 * The app sends withdrawals first, in the same batch as grants. A batch the server refuses
 * because of some of its events still records the other withdrawals in it: a withdrawal is never
 * refused or lost (§3.4), and the error says which were recorded.
 */
describe('§3.4 a refused batch never strands its withdrawals', () => {
  let s: TestServer
  let m: Member
  beforeEach(async () => {
    s = await startServer()
    m = await s.login('batches')
    must(
      await m.api.call('postConsentEvents', {
        body: {
          events: [
            ev('marketing-sms', 'grant', s.now() - 60_000),
            ev('licence-plates', 'grant', s.now() - 60_000),
          ],
        },
      }),
    )
    must(await m.api.call('addPlate', { body: { plate: '京A12345' } }))
  })
  afterEach(() => s.close())

  const status = async (purposeId: string) =>
    must(await m.api.call('getConsents')).purposes.find((p) => p.purposeId === purposeId)?.status
  const guardianGrant = (eventId: string) => ({
    eventId,
    purposeId: 'guardian-consent',
    action: 'grant' as const,
    policyVersion: POLICY_VERSION,
    at: s.now(),
    source: 'guardian-flow' as const,
    deviceId: 'device-test-1',
    actor: 'guardian' as const,
    bulk: false,
    guardianPhone: '138****5678',
  })

  it("§3.4 §12.2 a batch refused for a guardian's unverified phone still records its withdrawals", async () => {
    const w = ev('marketing-sms', 'withdraw', s.now())
    const g = guardianGrant('guardian-unverified-1')
    const e = err(await m.api.call('postConsentEvents', { body: { events: [w, g] } }))
    expect(e).toMatchObject({
      status: 400,
      code: 'guardian-phone-not-verified',
      details: { eventIds: [g.eventId], storedWithdrawals: [w.eventId], deleted: [] },
    })
    expect(e.localized?.['zh-CN']).toContain('监护人')
    expect(await status('marketing-sms')).toBe('withdrawn')
    const ledger = must(await m.api.call('getConsents')).ledger
    expect(ledger.map((x) => x.eventId)).not.toContain(g.eventId)
    // The app keeps both and sends them again: the withdrawal is a duplicate, nothing doubles.
    expect(
      err(await m.api.call('postConsentEvents', { body: { events: [w, g] } })).details,
    ).toMatchObject({ storedWithdrawals: [w.eventId] })
    expect(must(await m.api.call('getConsents')).ledger).toHaveLength(ledger.length)
    expect(must(await s.admin.call('adminVerifyLedger', { body: {} })).ok).toBe(true)
  })

  it('§3.4 a batch refused for an event-id conflict still records its other withdrawals and deletes what they allowed', async () => {
    const earlier = ev('marketing-email', 'grant', s.now())
    must(await m.api.call('postConsentEvents', { body: { events: [earlier] } }))
    const w = ev('licence-plates', 'withdraw', s.now() + 1)
    const e = err(
      await m.api.call('postConsentEvents', {
        body: { events: [w, { ...earlier, at: earlier.at + 5 }] },
      }),
    )
    expect(e).toMatchObject({
      status: 409,
      code: 'event-id-conflict',
      details: {
        eventIds: [earlier.eventId],
        storedWithdrawals: [w.eventId],
        deleted: [{ purposeId: 'licence-plates', category: 'licence-plate', count: 1 }],
      },
    })
    expect(e.localized?.en).toContain('different content')
    expect(await status('licence-plates')).toBe('withdrawn')
    expect(must(await m.api.call('listPlates')).plates).toEqual([])
    expect(await status('marketing-email')).toBe('granted')
  })

  it("§3.4 a batch the contract refuses (a newer app's event source) still records its valid withdrawals", async () => {
    const w = ev('marketing-sms', 'withdraw', s.now())
    const newer = {
      ...ev('marketing-post', 'grant', s.now()),
      source: 'a-feature-of-a-newer-build',
    }
    const post = (events: unknown[]) =>
      s.raw('POST', '/v1/consents/events', {
        headers: { authorization: `Bearer ${m.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
      })
    const res = await post([w, newer])
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({
      code: 'validation-failed',
      message: { 'zh-CN': expect.any(String), en: expect.any(String) },
      details: {
        storedWithdrawals: [w.eventId],
        issues: [expect.objectContaining({ in: 'body' })],
      },
    })
    expect(await status('marketing-sms')).toBe('withdrawn')
    expect(await status('marketing-post')).toBe('not-set')
    // Sent again: nothing doubles; a batch with no valid withdrawal is a plain 400.
    expect((await post([w, newer])).status).toBe(400)
    const n = must(await m.api.call('getConsents')).ledger.length
    const plain = await post([newer])
    expect(plain.status).toBe(400)
    expect(Array.isArray(plain.body.error.details)).toBe(true)
    expect(must(await m.api.call('getConsents')).ledger).toHaveLength(n)
  })

  it('§3.4 two different events under one id refuse the batch, bilingual, but its withdrawals land', async () => {
    const w = ev('marketing-sms', 'withdraw', s.now())
    const g = ev('marketing-post', 'grant', s.now())
    const e = err(
      await m.api.call('postConsentEvents', {
        body: { events: [w, g, { ...g, purposeId: 'marketing-email' }] },
      }),
    )
    expect(e).toMatchObject({
      status: 400,
      code: 'duplicate-event-in-batch',
      details: { eventIds: [g.eventId], storedWithdrawals: [w.eventId] },
    })
    expect(e.localized).toMatchObject({
      'zh-CN': expect.stringContaining('同一个编号'),
      en: expect.stringContaining('share an event id'),
    })
    expect(await status('marketing-sms')).toBe('withdrawn')
    expect(await status('marketing-post')).toBe('not-set')
  })
})
