/**
 * `npm run mock`: starts the mock backend from the environment.
 * HOST (127.0.0.1), PORT (3100), DB_FILE (mock-server/data/indigo.sqlite), ADMIN_TOKEN
 * (generated and printed when unset), CORS_ORIGINS (comma-separated), LOG_LEVEL, CHAOS (see chaos.ts).
 */
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { buildServer, DEFAULT_CORS_ORIGINS } from './app'
import { createChaos, parseChaos } from './chaos'

async function main(): Promise<void> {
  const host = process.env['HOST'] || '127.0.0.1'
  const port = Number(process.env['PORT'] ?? 3100)
  const dbFile = process.env['DB_FILE'] || resolve(__dirname, '../data/indigo.sqlite')
  let adminToken = process.env['ADMIN_TOKEN'] ?? ''
  if (!adminToken) {
    adminToken = randomBytes(24).toString('base64url')
    // Printed once so the operator can call /v1/admin/*; never logged by the request logger.
    process.stdout.write(`ADMIN_TOKEN=${adminToken}\n`)
  }
  const corsOrigins =
    process.env['CORS_ORIGINS']
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? DEFAULT_CORS_ORIGINS
  const chaos = parseChaos(process.env['CHAOS'])
  if (chaos) process.stdout.write(`CHAOS on: ${JSON.stringify(chaos)}\n`)
  const app = await buildServer({
    ...(chaos ? { chaos: createChaos(chaos) } : {}),
    dbFile,
    adminToken,
    logger: { level: process.env['LOG_LEVEL'] ?? 'info' },
    corsOrigins,
    // Where users open links (the H5 app; `npm run start` serves it on 10086).
    publicBaseUrl: process.env['PUBLIC_BASE_URL'] ?? 'http://127.0.0.1:10086',
  })
  const address = await app.listen({ host, port })
  process.stdout.write(`mock-server listening on ${address} (db ${dbFile})\n`)
  const stop = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e: unknown) => {
  process.stderr.write(
    `mock-server failed to start: ${e instanceof Error ? e.message : String(e)}\n`,
  )
  process.exit(1)
})
