/**
 * The README's main command, as a person runs it: `npm start` (scripts/start.ts) on free ports
 * with a fresh database, the H5 app opened from its dev server in Chromium, zh-CN and en, an
 * edit reloaded. Any uncaught error or console error fails it: the browser journeys use the
 * production build only, and a dev-only crash once hid behind them.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { freePort } from '../support/free-port'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launch } from '../e2e/support/browser'

const ROOT = resolve(__dirname, '../..')

/** Resolves when `test` matches the output so far; rejects when the process exits first. */
function waitForOutput(log: { text: string }, child: ChildProcess, test: RegExp, ms: number) {
  return new Promise<void>((ok, fail) => {
    const started = Date.now()
    const timer = setInterval(() => {
      if (test.test(log.text)) {
        clearInterval(timer)
        ok()
      } else if (child.exitCode !== null || Date.now() - started > ms) {
        clearInterval(timer)
        fail(new Error(`npm start: no ${test} within ${ms} ms\n${log.text.slice(-3000)}`))
      }
    }, 250)
  })
}

/** Polls `read` until `done` holds for its value, or fails after `ms`. */
async function until<T>(read: () => T | Promise<T>, done: (v: T) => boolean, ms: number) {
  const started = Date.now()
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() - started > ms) throw new Error(`still ${JSON.stringify(value)} after ${ms} ms`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** Records every uncaught error and console error or warning the page reports. */
function watch(page: Page) {
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`console.${m.type()}: ${m.text()}`)
  })
  return problems
}

let start: ChildProcess
let browser: Browser
const log = { text: '' }
let appUrl = ''
let apiUrl = ''
const tmp = mkdtempSync(join(tmpdir(), 'indigo-npm-start-'))

beforeAll(async () => {
  const [apiPort, h5Port] = [await freePort(), await freePort()]
  apiUrl = `http://127.0.0.1:${apiPort}`
  appUrl = `http://127.0.0.1:${h5Port}`
  start = spawn('npm', ['start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(apiPort),
      H5_PORT: String(h5Port),
      DB_FILE: join(tmp, 'start.sqlite'),
      // The weapp watch build writes here, not over the dist/weapp the other tests use.
      TARO_OUTPUT_ROOT: join(tmp, 'weapp'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const append = (d: Buffer) => void (log.text += d.toString())
  start.stdout?.on('data', append)
  start.stderr?.on('data', append)
  await waitForOutput(log, start, /\[mock\].*listening on/, 120_000)
  // Both watch builds report their first compile; webpack prints this once per build.
  await waitForOutput(log, start, /\[h5\].*compiled successfully/, 480_000)
  await waitForOutput(
    log,
    start,
    /\[weapp\][^\n]*(编译成功|Compiled successfully|compiled successfully)/i,
    480_000,
  )
  browser = await launch()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  if (start?.pid) {
    try {
      process.kill(-start.pid, 'SIGTERM')
    } catch {
      // already stopped
    }
  }
})

async function openNotice(lang: 'zh-CN' | 'en') {
  const context = await browser.newContext({ locale: lang, viewport: { width: 375, height: 667 } })
  const page = await context.newPage()
  const problems = watch(page)
  const backendAnswers: string[] = []
  page.on('response', (r) => {
    if (r.url().startsWith(apiUrl))
      backendAnswers.push(`${r.request().method()} ${new URL(r.url()).pathname} ${r.status()}`)
  })
  await page.goto(appUrl, { waitUntil: 'load' })
  return { page, problems, context, backendAnswers }
}

describe('npm start (README), opened in Chromium', () => {
  it('§1.5 the weapp watch build writes the output WeChat DevTools opens', () => {
    const app = JSON.parse(readFileSync(join(tmp, 'weapp', 'app.json'), 'utf8')) as {
      pages: string[]
    }
    expect(app.pages).toContain('pages/notice/index')
    expect(existsSync(join(tmp, 'weapp', 'app.js'))).toBe(true)
  })

  it('§1.5 §15.1 the notice renders first, in zh-CN, with no runtime error; agreeing reaches the dev backend', async () => {
    const { page, problems, context, backendAnswers } = await openNotice('zh-CN')
    const agree = page.getByRole('button', { name: '同意并继续' })
    await agree.waitFor({ timeout: 60_000 })
    await agree.click()
    // The app logs in to the dev backend and sends its consent events: the address, CORS and
    // the session all work as npm start wires them.
    const answers = await until(
      () => backendAnswers,
      (a) => a.some((x) => /^POST \/v1\/consents\/events 2\d\d$/.test(x)),
      30_000,
    )
    expect(answers.filter((x) => !/ 2\d\d$/.test(x))).toEqual([])
    expect(problems).toEqual([])
    await page.screenshot({ path: join(ROOT, 'test-results', 'dev-start-zh-CN.png') })
    await context.close()
  })

  it('§15.1 in English too, and an edit reloads without an error', async () => {
    const { page, problems, context } = await openNotice('en')
    const agree = page.getByRole('button', { name: 'Agree and continue' })
    await agree.waitFor({ timeout: 60_000 })
    // An edit a developer makes: the start page's module, changed and put back.
    const file = join(ROOT, 'src', 'pages', 'notice', 'index.tsx')
    const original = readFileSync(file, 'utf8')
    const before = (log.text.match(/\[h5\].*compiled successfully/g) ?? []).length
    try {
      writeFileSync(file, `${original}\n// npm start check: an edit\n`)
      await until(
        () => (log.text.match(/\[h5\].*compiled successfully/g) ?? []).length,
        (n) => n > before,
        120_000,
      )
    } finally {
      writeFileSync(file, original)
    }
    await page.reload({ waitUntil: 'load' })
    await agree.waitFor({ timeout: 60_000 })
    await page.waitForTimeout(1_000)
    expect(problems).toEqual([])
    await page.screenshot({ path: join(ROOT, 'test-results', 'dev-start-en.png') })
    await context.close()
  })
})
