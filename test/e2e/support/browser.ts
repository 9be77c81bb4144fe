/**
 * Debian's Chromium through playwright-core (no browser download here), a phone-sized page,
 * and a screenshot of every step kept under test-results/e2e/ as the journey's artefact.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createApiClient, createFetchTransport } from '../../../src/services/api'
import type { PersistedState } from '../../../src/store/persistence'

const ARTEFACTS = resolve(__dirname, '../../../test-results/e2e')

export const appUrl = () => process.env.E2E_APP_URL ?? ''
export const apiUrl = () => process.env.E2E_API_URL ?? ''

export const admin = () =>
  createApiClient({
    baseUrl: apiUrl(),
    transport: createFetchTransport(),
    adminToken: process.env.E2E_ADMIN_TOKEN ?? '',
  })

/** The member's own API client, with the session token the app holds. */
export const memberClient = (token: string | undefined) =>
  createApiClient({ baseUrl: apiUrl(), transport: createFetchTransport(), getToken: () => token })

/** Taro's H5 router keeps earlier pages in the DOM, hidden: only what is visible counts. */
export const visible = (selector: string) => `${selector} >> visible=true`

/**
 * The app's saved state as a restart would read it: the main key and the ledger chunks it
 * lists (Taro's H5 storage wraps each value as {"data": "<string>"}). Null when nothing is saved.
 */
export async function savedState(page: Page): Promise<PersistedState | null> {
  const raw = await page.evaluate(() => {
    const read = (key: string) => {
      const v = localStorage.getItem(key)
      return v === null ? null : (JSON.parse(v) as { data: string }).data
    }
    const main = read('indigo.app')
    if (main === null) return null
    const state = (JSON.parse(main) as { state: { ledgerKeys?: string[] } }).state
    return { main, chunks: (state.ledgerKeys ?? []).map((k) => read(k) ?? 'null') }
  })
  if (!raw) return null
  const { state } = JSON.parse(raw.main) as { state: Omit<PersistedState, 'ledger'> }
  const ledger = raw.chunks.flatMap((c) => JSON.parse(c) as PersistedState['ledger'])
  return { ...state, ledger }
}

/** savedState for a step where the app must have saved something. */
export async function mustSavedState(page: Page): Promise<PersistedState> {
  const state = await savedState(page)
  if (!state) throw new Error('nothing saved on the device')
  return state
}

/** The member's API client with the session the app saved on `page`. */
export async function memberApi(page: Page) {
  return memberClient((await savedState(page))?.session?.token ?? '')
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    headless: true,
  })
}

export interface Journey {
  readonly page: Page
  shot(step: string): Promise<void>
  close(): Promise<void>
}

/** A fresh phone (375×667) in `lang`, logged in to the mock as `userKey` when it logs in. */
export async function startJourney(
  browser: Browser,
  name: string,
  opts: {
    lang: 'zh-CN' | 'en'
    userKey: string
    path?: string
    /** Runs in the page before the app's own scripts (an observer, say). */
    init?: () => void
  },
): Promise<Journey> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    locale: opts.lang,
    hasTouch: true,
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  if (opts.init) await page.addInitScript(opts.init)
  const dir = join(ARTEFACTS, `${name}-${opts.lang}`)
  mkdirSync(dir, { recursive: true })
  let n = 0
  const sep = (opts.path ?? '').includes('?') ? '&' : '?'
  await page.goto(`${appUrl()}/${opts.path ?? ''}${sep}mockUser=${opts.userKey}`)
  return {
    page,
    async shot(step) {
      // Let Taro's page transition finish, so the picture shows what the user sees.
      await page.waitForTimeout(400)
      n += 1
      await page.screenshot({ path: join(dir, `${String(n).padStart(2, '0')}-${step}.png`) })
    },
    async close() {
      await context.close()
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`)
    },
  }
}

/**
 * The last SMS code the mock gateway "sent" (§10.3 verification, the guardian's phone), read
 * from the server log; `phone` (the number the journey typed) keeps parallel journeys apart.
 * Waits briefly for the line to be written.
 */
export async function lastSmsCode(phone: string, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  const ending = phone.slice(-4)
  for (;;) {
    const log = readFileSync(process.env.E2E_SERVER_LOG ?? '', 'utf8')
    const codes = [...log.matchAll(/mock SMS to \S*?(\d{4}): verification code (\d{6})/g)]
    const mine = codes.filter((m) => m[1] === ending)
    const last = mine[mine.length - 1]
    if (last?.[2]) return last[2]
    if (Date.now() > deadline) throw new Error(`no SMS code to …${ending} in the mock server log`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
