import type { Browser, Page } from 'playwright-core'
import { messages } from '../../src/i18n'
import type { PersistedState } from '../../src/store/persistence'
import {
  apiUrl,
  launch,
  memberClient,
  mustSavedState,
  startJourney,
  visible,
} from './support/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const PURPOSE = 'marketing-email'

/** The outbox's events as [purpose, action]. */
const outbox = (s: PersistedState) =>
  s.unsynced.map((id) => {
    const e = s.ledger.find((x) => x.eventId === id)
    return [e?.purposeId, e?.action]
  })

/** The server's record of the member: the ledger and the state derived from it. */
async function serverRecord(token: string) {
  const member = memberClient(token)
  const res = await member.call('getConsents')
  if (!res.ok) throw new Error(`getConsents: ${res.error.message}`)
  const events = res.value.ledger.filter((e) => e.purposeId === PURPOSE)
  const state = res.value.purposes.find((p) => p.purposeId === PURPOSE)
  return { actions: events.map((e) => e.action), granted: state?.granted === true }
}

/** Polls the server until `want` holds (sync is asynchronous and backs off when offline). */
async function serverUntil(
  token: string,
  want: (r: Awaited<ReturnType<typeof serverRecord>>) => boolean,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs
  let r = await serverRecord(token)
  while (!want(r) && Date.now() < deadline) {
    await new Promise((ok) => setTimeout(ok, 250))
    r = await serverRecord(token)
  }
  return r
}

/** Waits until the visible sync indicator reads one of `texts`. */
async function badgeShows(page: Page, texts: string[]) {
  await page.waitForFunction(
    (wanted) =>
      Array.from(document.querySelectorAll('.sync-badge__text')).some(
        (el) => (el as HTMLElement).offsetParent !== null && wanted.includes(el.textContent ?? ''),
      ),
    texts,
  )
}

describe.each(['zh-CN', 'en'] as const)('offline in %s', (lang) => {
  const t = messages[lang]

  it(`§10.1(d) §3.4(c) a withdrawal made offline survives a reload and reaches the server when the network is back (${lang})`, async () => {
    const j = await startJourney(browser, 'offline', { lang, userKey: `e2e-offline-${lang}` })
    const { page } = j
    const context = page.context()
    await page.locator(visible('.notice')).getByText(t.notice.agree, { exact: true }).click()
    await page.locator(visible('.home__title')).waitFor()
    const centerUrl = `${page.url().split('#')[0]}#/packages/choices/pages/center/index`
    await page.goto(centerUrl)
    const card = `.purpose-card--${PURPOSE}`
    await page.locator(visible(`${card} .consent-switch`)).click()
    await page.locator(visible(`${card} .consent-switch--on`)).waitFor()
    await page.locator(visible(card)).scrollIntoViewIfNeeded()
    await j.shot('granted')

    const token = (await mustSavedState(page)).session?.token ?? ''
    expect(token).toBeTruthy()
    expect(await serverUntil(token, (r) => r.granted, 10_000)).toEqual({
      actions: ['grant'],
      granted: true,
    })

    // The network goes; the member withdraws.
    await context.setOffline(true)
    await page.locator(visible(`${card} .consent-switch`)).click()
    await page.locator(visible(`${card} .purpose-card__status`)).getByText(t.purposeCard.off)
    expect(await page.locator(visible(`${card} .consent-switch--on`)).count()).toBe(0)
    await j.shot('withdrawn-offline')
    // The quiet sync indicator says the choice has not reached the server yet.
    const badge = page.locator(visible('.sync-badge__text'))
    await badge.scrollIntoViewIfNeeded()
    await badgeShows(page, [t.sync.pending(1), t.sync.offline])
    await j.shot('pending-sync')
    expect(outbox(await mustSavedState(page))).toEqual([[PURPOSE, 'withdraw']])
    // The server has not heard of it.
    expect(await serverRecord(token)).toEqual({ actions: ['grant'], granted: true })

    // The app is closed and opened again while still offline: the withdrawal is still there.
    // A mini program's code is on the phone; an H5 page would need the network to load, so
    // the page's own files are let through and only the backend stays out of reach.
    const api = `${apiUrl()}/**`
    await context.route(api, (route) => route.abort('internetdisconnected'))
    await context.setOffline(false)
    // What a write killed before its commit would leave: a chunk no commit lists.
    const orphan = 'indigo.app.ledger.orphan-from-a-killed-write'
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ data: '[]' })), orphan)
    await page.reload()
    await context.setOffline(true)
    await page.locator(visible(card)).waitFor()
    await page.locator(visible(card)).scrollIntoViewIfNeeded()
    expect(await page.locator(visible(`${card} .consent-switch--on`)).count()).toBe(0)
    expect(await page.locator(visible(`${card} .purpose-card__status`)).textContent()).toBe(
      t.purposeCard.off,
    )
    await j.shot('reloaded-offline')
    // The restart swept the orphan and kept every chunk the committed state lists (§8.2).
    const keys = await page.evaluate(() => Object.keys(localStorage))
    expect(keys).not.toContain(orphan)
    const listed = await page.evaluate(() => {
      const main = localStorage.getItem('indigo.app')
      const state = JSON.parse((JSON.parse(main ?? '{}') as { data: string }).data) as {
        state: { ledgerKeys: string[] }
      }
      return state.state.ledgerKeys
    })
    expect(listed.length).toBeGreaterThan(0)
    expect(keys.filter((k) => k.startsWith('indigo.app.ledger.')).sort()).toEqual(
      [...listed].sort(),
    )
    await badgeShows(page, [t.sync.pending(1), t.sync.offline])
    await page.locator(visible('.sync-badge__text')).scrollIntoViewIfNeeded()
    await j.shot('reloaded-still-pending')
    expect(outbox(await mustSavedState(page))).toEqual([[PURPOSE, 'withdraw']])

    // The network returns: the withdrawal reaches the server's ledger, and nothing is granted.
    await context.unroute(api)
    await context.setOffline(false)
    const back = Date.now()
    const after = await serverUntil(token, (r) => !r.granted, 60_000)
    // How long the app took to notice (printed: a figure for the report, not a budget).
    console.log(
      `[offline ${lang}] withdrawal reached the server ${Date.now() - back} ms after the network returned`,
    )
    expect(after).toEqual({ actions: ['grant', 'withdraw'], granted: false })
    await badgeShows(page, [t.sync.synced])
    await page.locator(visible('.sync-badge__text')).scrollIntoViewIfNeeded()
    await j.shot('synced-online')
    expect((await mustSavedState(page)).unsynced).toEqual([])
    await j.close()
  })
})
