/**
 * Builds the H5 app for production against a mock backend on a free port, starts that backend
 * with a fresh database, and serves the build on another free port. Tests read the addresses
 * from the environment (E2E_APP_URL, E2E_API_URL, E2E_ADMIN_TOKEN).
 */
import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { freePort } from '../../support/free-port'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { serveStatic } from './static-server'

const ROOT = resolve(__dirname, '../../..')

export default async function globalSetup() {
  // E2E_OUT keeps a build apart from dist/h5 (several runs at once); the default is dist/h5.
  const out = resolve(ROOT, process.env.E2E_OUT ?? 'dist/h5')
  // The build bakes the backend's address in: a reused build (E2E_SKIP_BUILD=1) gets the port
  // it was built for, kept beside it.
  const portFile = join(out, '.e2e-api-port')
  const skipBuild = process.env.E2E_SKIP_BUILD === '1' && existsSync(portFile)
  const apiPort = skipBuild ? Number(readFileSync(portFile, 'utf8')) : await freePort()
  const appPort = await freePort()
  const apiUrl = `http://127.0.0.1:${apiPort}`
  const appUrl = `http://127.0.0.1:${appPort}`
  if (!skipBuild) {
    const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
      cwd: ROOT,
      env: {
        ...process.env,
        API_BASE_URL: apiUrl,
        NODE_ENV: 'production',
        TARO_OUTPUT_ROOT: out,
      },
      stdio: 'inherit',
    })
    if (build.status !== 0) throw new Error('H5 build failed')
    writeFileSync(portFile, String(apiPort))
  }
  const adminToken = 'e2e-admin-token-0123456789'
  const tmp = mkdtempSync(join(tmpdir(), 'indigo-e2e-'))
  // The mock SMS gateway writes codes to the server log; journeys read them from this file.
  const serverLog = join(tmp, 'server.log')
  const logFile = createWriteStream(serverLog)
  const server = spawn(process.execPath, ['--import', 'tsx', 'mock-server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(apiPort),
      DB_FILE: join(tmp, 'e2e.sqlite'),
      ADMIN_TOKEN: adminToken,
      CORS_ORIGINS: appUrl,
      PUBLIC_BASE_URL: appUrl,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const logs: string[] = []
  await new Promise<void>((ok, fail) => {
    server.stdout?.on('data', (d: Buffer) => {
      logFile.write(d)
      logs.push(...d.toString().split('\n'))
      if (/listening on/.test(d.toString())) ok()
    })
    server.on('exit', (code) => fail(new Error(`mock server exited ${code}`)))
  })
  const stat = await serveStatic(out, appPort)
  Object.assign(process.env, {
    E2E_APP_URL: appUrl,
    E2E_API_URL: apiUrl,
    E2E_ADMIN_TOKEN: adminToken,
    E2E_SERVER_LOG: serverLog,
  })
  ;(globalThis as Record<string, unknown>).__E2E__ = { server, stat, logs }
}
