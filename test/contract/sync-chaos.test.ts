/**
 * The app's store, sync engine and API client against the real mock server in chaos mode:
 * lost requests and answers, retransmitted duplicates, resets, 5xx and 429. Once the chaos
 * stops, the server holds every choice exactly once and agrees with the device.
 */
import { createChaos, type ChaosRates } from '../../mock-server/src/chaos'
import { mockLoginCode } from '../../src/contract/auth'
import type { ConsentEvent } from '../../src/domain/consent-event'
import { catalogueConsentContext } from '../../src/domain/catalogue-context'
import { deriveConsentState } from '../../src/domain/ledger'
import { createApiClient, createFetchTransport } from '../../src/services/api'
import { selectConsentState } from '../../src/store/selectors'
import { createSyncEngine } from '../../src/sync/sync-engine'
import { buildTestStore } from '../support/store'
import { startServer } from './support/server'

const purposes = ['marketing-sms', 'marketing-email', 'marketing-phone', 'personalised-push']

/** A seeded random source, so a failure can be replayed. */
function seeded(seed: number) {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31
    return s / 2 ** 31
  }
}

describe('sync against the real server in chaos mode', () => {
  it('§3.4 every choice reaches the server exactly once through lost answers, duplicates, resets, 5xx and 429', async () => {
    const rates: ChaosRates = {
      drop: 0.05,
      lost: 0.15,
      duplicate: 0.15,
      reset: 0.05,
      error5xx: 0.1,
      tooMany: 0.05,
      delay: 0.05,
      delayMs: 20,
    }
    let healed = false
    const chaos = createChaos(rates, seeded(7))
    const server = await startServer({ chaos: async (req, reply) => !healed && chaos(req, reply) })
    try {
      const { store } = buildTestStore({ now: server.now })
      store.getState().decideNotice('accepted')
      const api = createApiClient({
        baseUrl: server.url,
        transport: createFetchTransport(),
        getToken: () => store.getState().session?.token,
      })
      let codes = 0
      const timers: Array<() => void> = []
      const engine = createSyncEngine({
        store,
        api,
        loginCode: async () => mockLoginCode('chaos-member', server.now(), `k${(codes += 1)}`),
        now: server.now,
        random: seeded(11),
        setTimer: (fn) => {
          timers.push(fn)
          return () => void timers.splice(timers.indexOf(fn), 1)
        },
      })
      // The notice agreement is the first event of the ledger.
      const recorded: ConsentEvent[] = [...store.getState().ledger]
      const pick = seeded(3)
      for (let i = 0; i < 40; i += 1) {
        const purpose = purposes[Math.floor(pick() * purposes.length)] ?? 'marketing-sms'
        const r = store.getState().recordChoice({
          purposeIds: [purpose],
          action: pick() < 0.5 ? 'grant' : 'withdraw',
          source: 'consent-center',
        })
        if (r.ok) recorded.push(...r.events)
        server.advance(1_000)
        await engine.flush()
        // The backoff timers fire (time is simulated).
        for (const fn of timers.splice(0)) fn()
      }
      healed = true
      await engine.online()
      await engine.reconcile()

      expect(store.getState().unsynced).toEqual([])
      const member = await server.login('chaos-member')
      const res = await member.api.call('getConsents')
      if (!res.ok) throw new Error(res.error.message)
      const ids = res.value.ledger.map((e) => e.eventId)
      expect(new Set(ids).size).toBe(ids.length)
      expect([...ids].sort()).toEqual(recorded.map((e) => e.eventId).sort())
      const reference = deriveConsentState(recorded, catalogueConsentContext(false))
      for (const p of purposes) {
        const onServer = res.value.purposes.find((s) => s.purposeId === p)
        expect(onServer?.granted).toBe(reference[p]?.granted)
        expect(selectConsentState(store.getState(), server.now())[p]?.granted).toBe(
          reference[p]?.granted,
        )
      }
      const chain = await server.admin.call('adminVerifyLedger', { body: {} })
      expect(chain.ok).toBe(true)
    } finally {
      await server.close()
    }
  }, 120_000)
})
