/**
 * `npm start`: the mock backend and the app's H5 dev build together. Either one stopping stops
 * the other; Ctrl-C stops both. The weapp build is `npm run dev:weapp` in another terminal.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

const root = resolve(__dirname, '../..')
const children: ChildProcess[] = []

function run(name: string, cmd: string, args: string[]): ChildProcess {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: process.env })
  child.on('exit', (code, signal) => {
    process.stdout.write(`[start] ${name} exited (${signal ?? code}); stopping the rest\n`)
    stopAll(code ?? 1)
  })
  children.push(child)
  return child
}

let stopping = false
function stopAll(code: number): void {
  if (stopping) return
  stopping = true
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM')
  setTimeout(() => process.exit(code), 500)
}

process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))

run('mock-server', process.execPath, ['--import', 'tsx', 'mock-server/src/main.ts'])
run('h5', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'dev:h5'])
