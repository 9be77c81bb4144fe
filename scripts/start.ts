/**
 * `npm start`: the mock backend (embedded SQLite), the H5 app on a dev server, and the weapp
 * build in watch mode for WeChat DevTools, together. Ctrl-C stops all three.
 */
import { type ChildProcess, spawn } from 'node:child_process'

const port = process.env.PORT ?? '3100'
const env = { ...process.env, PORT: port, API_BASE_URL: `http://127.0.0.1:${port}` }

const jobs: Array<[name: string, args: string[]]> = [
  ['mock', ['run', 'mock']],
  ['h5', ['run', 'dev:h5']],
  ['weapp', ['run', 'dev:weapp']],
]

const children: ChildProcess[] = jobs.map(([name, args]) => {
  const child = spawn('npm', args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
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
  })
  return child
})

process.stdout.write(
  [
    '',
    `  mock backend   http://127.0.0.1:${port}  (OpenAPI: /openapi.json)`,
    '  H5 app         http://127.0.0.1:10086  (open in a browser; add ?mockUser=alice to log in as alice)',
    '  weapp output   dist/weapp  (open the project folder in WeChat DevTools)',
    '',
  ].join('\n'),
)

const stop = () => {
  for (const child of children) child.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
