import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:http'

export default async function globalTeardown() {
  const e2e = (globalThis as Record<string, unknown>).__E2E__ as
    { server: ChildProcess; stat: Server } | undefined
  e2e?.server.kill('SIGTERM')
  await new Promise((ok) => e2e?.stat.close(ok) ?? ok(undefined))
}
