/* eslint-disable @typescript-eslint/no-explicit-any -- wire JSON and error shapes are inspected freely by the tests */
/**
 * Starts the real mock server on a random port with a temporary database, with a controllable
 * clock and captured logs, and hands out API clients built from the app's own client code.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { buildServer, type ServerOptions } from '../../../mock-server/src/app'
import type { Db } from '../../../mock-server/src/db/open'
import type { ConsentEventDto } from '../../../src/contract/consents'
import type { SendCodeBody } from '../../../src/contract/verification'
import { currentPolicyVersion } from '../../../src/catalogue/policy'
import {
  createApiClient,
  createFetchTransport,
  mockLoginCode,
  type ApiClient,
} from '../../../src/services/api'

export const ADMIN_TOKEN = 'test-admin-token-0123456789'
/** 2026-11-24 10:00 Beijing */
export const T0 = Date.UTC(2026, 10, 24, 2, 0, 0)
export const POLICY_VERSION = currentPolicyVersion.version

export interface TestServer {
  readonly url: string
  readonly dir: string
  readonly dbFile: string
  readonly logs: string[]
  /** The server's own database connection (jobs run against it in-process). */
  readonly db: Db
  now(): number
  advance(ms: number): void
  admin: ApiClient
  anon: ApiClient
  /** Logs in as `userKey` and returns a client with that session */
  login(userKey: string): Promise<Member>
  raw(
    method: string,
    path: string,
    init?: { body?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any; headers: Headers }>
  close(): Promise<void>
}

export interface Member {
  readonly api: ApiClient
  readonly token: string
  readonly userId: string
}

let nonce = 0
export async function startServer(opts: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'indigo-mock-'))
  const dbFile = join(dir, 'test.sqlite')
  let now = T0
  const logs: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean))
      cb()
    },
  })
  const app = await buildServer({
    dbFile,
    adminToken: ADMIN_TOKEN,
    clock: () => now,
    logger: { level: 'info', stream },
    ...opts,
  })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  const transport = createFetchTransport()
  const admin = createApiClient({ baseUrl: url, transport, adminToken: ADMIN_TOKEN })
  const anon = createApiClient({ baseUrl: url, transport })
  return {
    url,
    dir,
    dbFile,
    logs,
    db: app.db,
    now: () => now,
    advance: (ms) => {
      now += ms
    },
    admin,
    anon,
    async login(userKey) {
      nonce += 1
      const r = await anon.call('login', {
        body: { code: mockLoginCode(userKey, now, `n${nonce}`) },
      })
      if (!r.ok) throw new Error(`login failed: ${JSON.stringify(r.error)}`)
      const token = r.value.token
      return {
        api: createApiClient({ baseUrl: url, transport, getToken: () => token }),
        token,
        userId: r.value.userId,
      }
    },
    async raw(method, path, init = {}) {
      const res = await fetch(url + path, {
        method,
        headers: init.headers ?? {},
        ...(init.body !== undefined ? { body: init.body } : {}),
      })
      const text = await res.text()
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        /* keep text */
      }
      return { status: res.status, body, headers: res.headers }
    },
    async close() {
      await app.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

let seq = 0
/** A consent event as the app would send it. */
export function ev(
  purposeId: string,
  action: 'grant' | 'withdraw',
  at: number,
  over: Partial<ConsentEventDto> = {},
): ConsentEventDto {
  seq += 1
  return {
    eventId: `evt-${process.pid}-${seq}-${Math.random().toString(36).slice(2, 8)}`,
    purposeId,
    action,
    policyVersion: POLICY_VERSION,
    at,
    source:
      purposeId === 'licence-plates' || purposeId === 'receipt-photos'
        ? 'separate-consent'
        : 'consent-center',
    deviceId: 'device-test-1',
    actor: 'user',
    bulk: false,
    ...over,
  }
}

/** Unwraps an ApiResult or fails the test with the error. */
export function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}

/** The error of an ApiResult that must have failed. */
export function err(r: { ok: boolean; error?: any }): {
  kind: string
  status?: number
  code?: string
  localized?: any
  details?: any
} {
  if (r.ok) throw new Error('expected an error')
  return r.error
}

/**
 * §10.3 a member proves they hold the phone: a code is sent (to `body`'s purpose and number),
 * read from the mock gateway's log and verified; gives the verification token.
 */
export async function smsVerified(
  s: TestServer,
  member: Member,
  body: SendCodeBody = {},
): Promise<string> {
  const sent = must(await member.api.call('sendSmsCode', { body }))
  return must(
    await member.api.call('verifySmsCode', {
      body: { verificationId: sent.verificationId, code: lastSmsCode(s.logs) },
    }),
  ).verificationToken
}

/** The last SMS code the mock gateway wrote to the log. */
export function lastSmsCode(logs: readonly string[]): string {
  for (let i = logs.length - 1; i >= 0; i -= 1) {
    const m = /verification code (\d{6})/.exec(logs[i] ?? '')
    if (m) return m[1] ?? ''
  }
  throw new Error('no SMS code in the log')
}
