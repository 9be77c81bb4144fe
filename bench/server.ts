/**
 * `npm run bench:server`: accepted consent events per second and p50/p99 latency of
 * POST /v1/consents/events under concurrent load, next to the raw better-sqlite3 insert rate
 * at the same durability setting (WAL, synchronous=FULL) measured in the same run.
 * The ratio (server events/s ÷ raw events/s, same rows per commit) is the figure.
 * Env: BENCH_SECONDS (8), BENCH_CONCURRENCY (16), BENCH_BATCH (10).
 */
import Database from 'better-sqlite3'
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { currentPolicyVersion } from '../src/catalogue/policy'
import { createApiClient, createFetchTransport, mockLoginCode } from '../src/services/api'

const ROOT = resolve(__dirname, '..')
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 8)
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 16)
const BATCH = Number(process.env['BENCH_BATCH'] ?? 10)
const PURPOSES = [
  'marketing-sms',
  'marketing-email',
  'marketing-phone',
  'marketing-wechat',
  'marketing-post',
]

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

function startServer(dbFile: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((ok, fail) => {
    const extra = process.env['BENCH_SERVER_NODE_ARGS']?.split(' ').filter(Boolean) ?? []
    const child = spawn(
      process.execPath,
      [...extra, '--import', 'tsx', 'mock-server/src/main.ts'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          PORT: '0',
          DB_FILE: dbFile,
          ADMIN_TOKEN: 'bench-admin',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let out = ''
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /listening on (http:\/\/\S+)/.exec(out)
      if (m) ok({ child, url: m[1] ?? '' })
    })
    child.on('exit', (code) => fail(new Error(`server exited ${code}`)))
  })
}

/** Raw inserts of the same row shape, `rows` per transaction, for `seconds`. */
function rawInsertRate(file: string, rows: number, seconds: number): number {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec(`CREATE TABLE IF NOT EXISTS raw_events (user_id TEXT, seq INTEGER, event_id TEXT UNIQUE, purpose_id TEXT, action TEXT,
    policy_version TEXT, at INTEGER, source TEXT, device_id TEXT, actor TEXT, bulk INTEGER, received_at INTEGER,
    content_hash TEXT, prev_hash TEXT, hash TEXT, PRIMARY KEY (user_id, seq))`)
  const insert = db.prepare(
    `INSERT INTO raw_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const h = 'f'.repeat(64)
  let seq = 0
  const tx = db.transaction(() => {
    for (let i = 0; i < rows; i += 1) {
      seq += 1
      insert.run(
        'u',
        seq,
        randomUUID(),
        'marketing-sms',
        'grant',
        'v',
        Date.now(),
        'consent-center',
        'd',
        'user',
        0,
        Date.now(),
        h,
        h,
        h,
      )
    }
  })
  const end = performance.now() + seconds * 1000
  while (performance.now() < end) tx()
  db.close()
  return seq / seconds
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'indigo-bench-'))
  // Raw rates are measured before and after the server load and averaged: disk fsync cost on a
  // shared machine drifts, and the ratio should compare like with like.
  const rawSeconds = Math.min(SECONDS, 4)
  const rawBefore = rawInsertRate(join(dir, 'raw-batch-1.sqlite'), BATCH, rawSeconds)
  const { child, url } = await startServer(join(dir, 'server.sqlite'))
  const transport = createFetchTransport()
  const anon = createApiClient({ baseUrl: url, transport })
  const clients = []
  for (let i = 0; i < CONCURRENCY; i += 1) {
    const r = await anon.call('login', {
      body: { code: mockLoginCode(`bench-${i}`, Date.now(), String(i)) },
    })
    if (!r.ok) throw new Error(`login: ${r.error.message}`)
    const token = r.value.token
    clients.push(createApiClient({ baseUrl: url, transport, getToken: () => token }))
  }
  const latencies: number[] = []
  let accepted = 0
  let failed = 0
  const start = performance.now()
  const end = start + SECONDS * 1000
  await Promise.all(
    clients.map(async (api, w) => {
      let n = 0
      while (performance.now() < end) {
        const events = Array.from({ length: BATCH }, (_, k) => ({
          eventId: randomUUID(),
          purposeId: PURPOSES[(n + k) % PURPOSES.length]!,
          action: (n + k + w) % 2 ? ('grant' as const) : ('withdraw' as const),
          policyVersion: currentPolicyVersion.version,
          at: Date.now(),
          source: 'consent-center' as const,
          deviceId: `bench-${w}`,
          actor: 'user' as const,
          bulk: false,
        }))
        n += 1
        const t = performance.now()
        const r = await api.call('postConsentEvents', { body: { events } })
        latencies.push(performance.now() - t)
        if (r.ok) accepted += r.value.results.filter((x) => x.outcome === 'stored').length
        else failed += 1
      }
    }),
  )
  const elapsed = (performance.now() - start) / 1000
  child.removeAllListeners('exit')
  child.kill('SIGTERM')

  const rawAfter = rawInsertRate(join(dir, 'raw-batch-2.sqlite'), BATCH, rawSeconds)
  const rawBatch = (rawBefore + rawAfter) / 2
  const rawSingle = rawInsertRate(join(dir, 'raw-single.sqlite'), 1, rawSeconds)
  rmSync(dir, { recursive: true, force: true })

  latencies.sort((a, b) => a - b)
  const server = accepted / elapsed
  const result = {
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    settings: {
      seconds: SECONDS,
      concurrency: CONCURRENCY,
      eventsPerRequest: BATCH,
      durability: 'WAL + synchronous=FULL',
    },
    server: {
      requests: latencies.length,
      failedRequests: failed,
      acceptedEventsPerSecond: Math.round(server),
      p50Ms: +percentile(latencies, 50).toFixed(2),
      p99Ms: +percentile(latencies, 99).toFixed(2),
    },
    raw: {
      eventsPerSecondSameBatch: Math.round(rawBatch),
      eventsPerSecondOnePerCommit: Math.round(rawSingle),
    },
    ratio: +(server / rawBatch).toFixed(3),
  }
  const rows: [string, string][] = [
    ['server: accepted events/s', String(result.server.acceptedEventsPerSecond)],
    ['server: p50 latency (ms)', String(result.server.p50Ms)],
    ['server: p99 latency (ms)', String(result.server.p99Ms)],
    ['server: requests (failed)', `${result.server.requests} (${failed})`],
    [
      `raw insert events/s (${BATCH} per commit, mean)`,
      String(result.raw.eventsPerSecondSameBatch),
    ],
    ['  before / after the server run', `${Math.round(rawBefore)} / ${Math.round(rawAfter)}`],
    ['raw insert events/s (1 per commit)', String(result.raw.eventsPerSecondOnePerCommit)],
    ['ratio server / raw (same rows per commit)', String(result.ratio)],
  ]
  const w = Math.max(...rows.map(([k]) => k.length))
  process.stdout.write(
    `\nconsent events bench: ${CONCURRENCY} concurrent clients, ${BATCH} events/request, ${SECONDS}s, WAL + synchronous=FULL\n`,
  )
  for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(w)}  ${v.padStart(10)}\n`)
  mkdirSync(join(ROOT, '.bench'), { recursive: true })
  writeFileSync(join(ROOT, '.bench/server.json'), `${JSON.stringify(result, null, 2)}\n`)
  process.stdout.write('\nwritten to .bench/server.json\n')
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`)
  process.exit(1)
})
