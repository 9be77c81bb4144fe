import { createChaos, parseChaos } from '../../mock-server/src/chaos'
import { must, startServer } from './support/server'

/**
 * The fault injection the sync tests (test/contract/sync-chaos.test.ts, §3.4 and §10.1(d):
 * no choice lost) run against. These tests check the hook itself: that it injects the faults
 * it claims to, and only where it should.
 */
describe('chaos hook (fault injection for sync tests)', () => {
  it('reads every fault rate from the CHAOS spec, and nothing when it is unset (test tooling: proves no clause)', () => {
    expect(
      parseChaos(
        'drop=0.1, 5xx=0.2,429=0.3,reset=0.05,delay=0.5,delayMs=20,lost=0.15,duplicate=0.25,bogus=1',
      ),
    ).toEqual({
      drop: 0.1,
      error5xx: 0.2,
      tooMany: 0.3,
      reset: 0.05,
      delay: 0.5,
      delayMs: 20,
      lost: 0.15,
      duplicate: 0.25,
    })
    expect(parseChaos(undefined)).toBeUndefined()
  })

  it('§3.4(d)-(e) faults on the app routes (a reset, a 503 and a 429, in zh-CN and en) never reach health or the call-centre, DPO and ledger-check admin routes', async () => {
    // Scripted rolls: reset (0.05), then 503 (0.15), then 429 (0.25); then no fault (0.99).
    const rolls = [0.05, 0.15, 0.25]
    let i = 0
    const s = await startServer({
      chaos: createChaos(
        {
          drop: 0,
          delay: 0,
          delayMs: 10,
          error5xx: 0.1,
          tooMany: 0.1,
          reset: 0.1,
          lost: 0,
          duplicate: 0,
        },
        () => rolls[i++] ?? 0.99,
      ),
    })
    try {
      const first = await s.anon.call('login', { body: { code: 'mock:chaos:1' } })
      expect(!first.ok && first.error.kind).toBe('network')
      const second = await s.anon.call('login', { body: { code: 'mock:chaos:2' } })
      expect(!second.ok && [second.error.status, second.error.code]).toEqual([
        503,
        'chaos-unavailable',
      ])
      expect(!second.ok && second.error.localized).toEqual({
        'zh-CN': '服务暂时不可用（故障演练）。',
        en: 'Service unavailable (chaos mode).',
      })
      const third = await s.anon.call('login', { body: { code: 'mock:chaos:3' } })
      expect(!third.ok && [third.error.status, third.error.retryAfterSeconds]).toEqual([429, 1])
      expect(!third.ok && Object.keys(third.error.localized ?? {}).sort()).toEqual(['en', 'zh-CN'])

      // The fourth app request rolls again (no fault this time): the hook is on the app routes.
      const member = await s.login('chaos-member')
      const rolled = i
      expect(rolled).toBe(4)
      // Health and the admin routes never roll the dice: a §3.4(d) call-centre or §3.4(e) DPO
      // opt-out is taken whatever faults the app's own routes suffer.
      expect((await s.raw('GET', '/healthz')).status).toBe(200)
      const dpo = must(await s.admin.call('adminDpoOptOut', { body: { userId: member.userId } }))
      expect(dpo.userId).toBe(member.userId)
      must(
        await s.admin.call('adminCallCentreOptOut', {
          body: { userId: member.userId, channel: 'phone' },
        }),
      )
      expect(must(await s.admin.call('adminVerifyLedger', { body: {} })).ok).toBe(true)
      expect(i).toBe(rolled)
    } finally {
      await s.close()
    }
  })
})
