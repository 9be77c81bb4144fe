/**
 * `npm run bench:sync`: the app's own store, sync engine and API client against the real mock
 * server (in-process, temporary SQLite file), over a simulated mobile network.
 * - flush1000Ms: 1,000 queued consent events (made offline) reaching the server once online.
 * - withdrawAckP95Ms: from tapping "withdraw" to the server's acknowledgement, with 200 ms
 *   latency per request and 20% of requests lost (half before, half after the server).
 * Env: BENCH_LATENCY_MS (200), BENCH_LOSS (0.2), BENCH_WITHDRAWALS (40).
 * Prints a table and writes .bench/sync.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildServer } from '../mock-server/src/app'
import { mockLoginCode } from '../src/contract/auth'
import { createIdGenerator } from '../src/domain/ids'
import { createApiClient, createFetchTransport, type Transport } from '../src/services/api'
import { createMemoryStorage } from '../src/services/fakes/memory-storage'
import { createAppStore } from '../src/store/create-app-store'
import { storeDeps } from '../src/store/store-deps'
import { createSyncEngine } from '../src/sync/sync-engine'

const LATENCY = Number(process.env['BENCH_LATENCY_MS'] ?? 200)
const LOSS = Number(process.env['BENCH_LOSS'] ?? 0.2)
const WITHDRAWALS = Number(process.env['BENCH_WITHDRAWALS'] ?? 40)
const CHANNELS = ['marketing-sms', 'marketing-email', 'marketing-phone', 'marketing-wechat']

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0
}

/** A mobile network: latency on every request, some lost before or after the server. */
function mobileNetwork(
  inner: Transport,
  opts: { latency: number; loss: number; online: () => boolean },
) {
  const transport: Transport = async (req) => {
    await sleep(opts.latency / 2)
    if (!opts.online()) throw new Error('request:fail offline')
    const roll = Math.random()
    if (roll < opts.loss / 2) throw new Error('request:fail timeout')
    const res = await inner(req)
    await sleep(opts.latency / 2)
    if (roll < opts.loss) throw new Error('request:fail connection reset')
    return res
  }
  return transport
}

function device(
  url: string,
  userKey: string,
  net: { latency: number; loss: number; online: () => boolean },
) {
  const newId = createIdGenerator()
  const store = createAppStore({
    ...storeDeps({ now: Date.now, newId }),
    storage: createMemoryStorage(),
    initialLang: 'zh-CN',
    report: () => undefined,
  })
  store.getState().decideNotice('accepted')
  const api = createApiClient({
    baseUrl: url,
    transport: mobileNetwork(createFetchTransport(), net),
    getToken: () => store.getState().session?.token,
  })
  const engine = createSyncEngine({
    store,
    api,
    loginCode: async () => mockLoginCode(userKey, Date.now(), newId().slice(0, 8)),
    now: Date.now,
    random: Math.random,
    setTimer: (fn, ms) => {
      const t = setTimeout(fn, ms)
      return () => clearTimeout(t)
    },
  })
  return { store, engine }
}

/** Resolves when the store's outbox no longer holds `eventId`. */
function acknowledged(store: ReturnType<typeof createAppStore>, eventId: string): Promise<void> {
  return new Promise((ok) => {
    if (!store.getState().unsynced.includes(eventId)) return ok()
    const stop = store.subscribe((s) => {
      if (!s.unsynced.includes(eventId)) {
        stop()
        ok()
      }
    })
  })
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'indigo-bench-sync-'))
  const app = await buildServer({
    dbFile: join(dir, 'bench.sqlite'),
    adminToken: 'bench-admin-token-000000',
    logger: { level: 'warn' },
  })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  try {
    // 1,000 choices made offline (a car park), then the network returns.
    let online = false
    const queued = device(url, 'bench-queue', { latency: LATENCY, loss: 0, online: () => online })
    for (let i = 0; i < 1000; i += 1) {
      queued.store.getState().recordChoice({
        purposeIds: [CHANNELS[i % CHANNELS.length] ?? 'marketing-sms'],
        action: i % 2 === 0 ? 'grant' : 'withdraw',
        source: 'consent-center',
      })
    }
    online = true
    const t0 = performance.now()
    await queued.engine.online()
    const flush1000Ms = performance.now() - t0
    if (queued.store.getState().unsynced.length !== 0) throw new Error('queue not drained')

    // Withdrawals on a lossy network: time to the server's acknowledgement.
    const lossy = device(url, 'bench-withdraw', {
      latency: LATENCY,
      loss: LOSS,
      online: () => true,
    })
    const times: number[] = []
    for (let i = 0; i < WITHDRAWALS; i += 1) {
      const purpose = CHANNELS[i % CHANNELS.length] ?? 'marketing-sms'
      const grant = lossy.store
        .getState()
        .recordChoice({ purposeIds: [purpose], action: 'grant', source: 'consent-center' })
      if (grant.ok) {
        void lossy.engine.flush()
        await acknowledged(lossy.store, grant.events[0]?.eventId ?? '')
      }
      const start = performance.now()
      const withdraw = lossy.store
        .getState()
        .recordChoice({ purposeIds: [purpose], action: 'withdraw', source: 'consent-center' })
      if (!withdraw.ok) throw new Error(withdraw.code)
      void lossy.engine.flush()
      await acknowledged(lossy.store, withdraw.events[0]?.eventId ?? '')
      times.push(performance.now() - start)
    }
    const results = {
      latencyMs: LATENCY,
      loss: LOSS,
      flush1000Ms: Math.round(flush1000Ms),
      withdrawAckP50Ms: Math.round(percentile(times, 50)),
      withdrawAckP95Ms: Math.round(percentile(times, 95)),
      withdrawals: WITHDRAWALS,
    }
    console.table({
      '1,000 queued events to the server (ms)': results.flush1000Ms,
      [`withdrawal → ack p50 (ms), ${LATENCY} ms latency, ${LOSS * 100}% loss`]:
        results.withdrawAckP50Ms,
      [`withdrawal → ack p95 (ms), ${LATENCY} ms latency, ${LOSS * 100}% loss`]:
        results.withdrawAckP95Ms,
    })
    const out = resolve(__dirname, '..', '.bench')
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'sync.json'), JSON.stringify(results, null, 2) + '\n')
  } finally {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)
