/**
 * §8.2: kill the server with SIGKILL while it accepts writes; after a restart every
 * acknowledged event is there and every hash chain verifies (WAL + synchronous=FULL).
 */
import Database from 'better-sqlite3'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { verifyAllChains } from '../../mock-server/src/db/ledger'
import {
  createApiClient,
  createFetchTransport,
  mockLoginCode,
  type ApiClient,
} from '../../src/services/api'
import { ev, must } from './support/server'

const ROOT = resolve(__dirname, '../..')
const ADMIN = 'durability-admin-token'

function start(dbFile: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'mock-server/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DB_FILE: dbFile,
        ADMIN_TOKEN: ADMIN,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    const timer = setTimeout(() => fail(new Error(`server did not start: ${out}`)), 30_000)
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /listening on (http:\/\/[^\s]+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        ok({ child, url: m[1] ?? '' })
      }
    })
    child.stderr?.on('data', (d: Buffer) => {
      out += d.toString()
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`server exited (${code}): ${out}`))
    })
  })
}

describe('durability (§8.2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'indigo-durability-'))
  const dbFile = join(dir, 'durable.sqlite')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('§1.5 every acknowledged consent event survives SIGKILL and every chain verifies', async () => {
    const first = await start(dbFile)
    const transport = createFetchTransport(fetch, 5000)
    const anon = createApiClient({ baseUrl: first.url, transport })
    const members: { token: string; userId: string }[] = []
    for (let i = 0; i < 4; i += 1) {
      const r = must(
        await anon.call('login', {
          body: { code: mockLoginCode(`durable-${i}`, Date.now(), 'n') },
        }),
      )
      members.push({ token: r.token, userId: r.userId })
    }
    const clients: ApiClient[] = members.map((m) =>
      createApiClient({ baseUrl: first.url, transport, getToken: () => m.token }),
    )
    const acked = new Map<string, Set<string>>(members.map((m) => [m.userId, new Set()]))
    let stop = false
    const purposes = [
      'marketing-sms',
      'marketing-email',
      'marketing-phone',
      'marketing-wechat',
      'marketing-post',
    ]
    const writer = async (w: number) => {
      const i = w % members.length
      const client = clients[i]!
      const userId = members[i]!.userId
      let n = 0
      while (!stop) {
        n += 1
        const events = [0, 1, 2].map((k) =>
          ev(purposes[(n + k) % purposes.length]!, (n + k) % 2 ? 'grant' : 'withdraw', Date.now()),
        )
        const r = await client.call('postConsentEvents', { body: { events } })
        if (r.ok) for (const e of events) acked.get(userId)!.add(e.eventId)
        else if (r.error.kind === 'network') return
      }
    }
    const writers = Array.from({ length: 8 }, (_, w) => writer(w))
    // Let writes flow, then pull the plug mid-stream.
    await new Promise((r) => setTimeout(r, 1500))
    first.child.removeAllListeners('exit')
    first.child.kill('SIGKILL')
    await new Promise((r) => first.child.once('exit', r))
    stop = true
    await Promise.all(writers)
    const total = [...acked.values()].reduce((s, a) => s + a.size, 0)
    expect(total).toBeGreaterThan(50)

    const second = await start(dbFile)
    try {
      for (const [i, m] of members.entries()) {
        const api = createApiClient({ baseUrl: second.url, transport, getToken: () => m.token })
        const stored = new Set(must(await api.call('getConsents')).ledger.map((l) => l.eventId))
        const missing = [...acked.get(m.userId)!].filter((id) => !stored.has(id))
        expect([i, missing]).toEqual([i, []])
      }
      const admin = createApiClient({ baseUrl: second.url, transport, adminToken: ADMIN })
      const v = must(await admin.call('adminVerifyLedger', { body: {} }))
      expect(v.ok).toBe(true)
      expect(v.entries).toBeGreaterThanOrEqual(total)
    } finally {
      second.child.removeAllListeners('exit')
      second.child.kill('SIGTERM')
      await new Promise((r) => second.child.once('exit', r))
    }
    const db = new Database(dbFile, { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(verifyAllChains(db).broken).toEqual([])
    db.close()
  }, 60_000)
})
