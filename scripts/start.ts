/**
 * `npm start`: the mock backend (embedded SQLite), the H5 app on a dev server, and the weapp
 * build in watch mode for WeChat DevTools, together. Ctrl-C stops all three; so does any of
 * them exiting (a half-started app is worse than none).
 *
 * PORT (3100) moves the backend, H5_PORT (10086) the H5 dev server; DB_FILE and ADMIN_TOKEN
 * go to the backend (mock-server/README.md).
 */
import { type ChildProcess, spawn } from 'node:child_process'

const port = process.env.PORT ?? '3100'
const h5Port = process.env.H5_PORT ?? '10086'
const h5Origins = `http://127.0.0.1:${h5Port},http://localhost:${h5Port}`
const env = {
  ...process.env,
  PORT: port,
  H5_PORT: h5Port,
  API_BASE_URL: `http://127.0.0.1:${port}`,
  // The backend answers the H5 app's origin, and its unsubscribe links point at it.
  CORS_ORIGINS: process.env.CORS_ORIGINS ?? h5Origins,
  PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? `http://127.0.0.1:${h5Port}`,
}

const jobs: Array<[name: string, args: string[]]> = [
  ['mock', ['run', 'mock']],
  ['h5', ['run', 'dev:h5']],
  ['weapp', ['run', 'dev:weapp']],
]

let stopping = false
const children: ChildProcess[] = jobs.map(([name, args]) => {
  // Each job leads its own process group, so stopping reaches npm's children (webpack, tsx).
  const child = spawn('npm', args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const prefix = `[${name}] `
  const relay = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim()) process.stdout.write(prefix + line + '\n')
    }
  }
  child.stdout?.on('data', relay)
  child.stderr?.on('data', relay)
  child.on('exit', (code) => {
    process.stdout.write(`${prefix}exited (${code ?? 'signal'})\n`)
    if (!stopping) stop(code ?? 1)
  })
  return child
})

process.stdout.write(
  [
    '',
    `  mock backend   http://127.0.0.1:${port}  (OpenAPI: /openapi.json; admin token printed below)`,
    `  H5 app         http://127.0.0.1:${h5Port}  (open in a browser; add ?mockUser=alice to log in as alice)`,
    '  weapp output   dist/weapp  (open the project folder in WeChat DevTools)',
    '',
  ].join('\n'),
)

function stop(code: number) {
  stopping = true
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  process.exit(code)
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
