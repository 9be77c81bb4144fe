import { createChaos, parseChaos } from '../../mock-server/src/chaos'
import { must, startServer } from './support/server'

describe('chaos hook (fault injection for sync tests)', () => {
  it('parses the CHAOS spec', () => {
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

  it('answers 503 and 429 with bilingual errors, resets connections, and spares health and admin', async () => {
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
        () => rolls[i++ % rolls.length] ?? 0.99,
      ),
    })
    try {
      // Scripted rolls: reset (0.05), then 503 (0.15), then 429 (0.25).
      const first = await s.anon.call('login', { body: { code: 'mock:chaos:1' } })
      expect(!first.ok && first.error.kind).toBe('network')
      const second = await s.anon.call('login', { body: { code: 'mock:chaos:2' } })
      expect(!second.ok && [second.error.status, second.error.code]).toEqual([
        503,
        'chaos-unavailable',
      ])
      const third = await s.anon.call('login', { body: { code: 'mock:chaos:3' } })
      expect(!third.ok && [third.error.status, third.error.retryAfterSeconds]).toEqual([429, 1])
      expect((await s.raw('GET', '/healthz')).status).toBe(200)
      must(await s.admin.call('adminVerifyLedger', { body: {} }))
    } finally {
      await s.close()
    }
  })
})
