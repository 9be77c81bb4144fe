/**
 * Two tabs of the H5 app in one browser (one localStorage, two stores): a withdrawal made in
 * one tab shows in the other without a reload, survives the other tab's own writes, and
 * reaches the server whichever tab syncs it.
 */
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { messages } from '../../src/i18n'
import type { PersistedState } from '../../src/store/persistence'
import { launch, memberClient, mustSavedState, startJourney, visible } from './support/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** The outbox as [purpose, action], sorted. */
const outbox = (s: PersistedState) =>
  s.unsynced
    .map((id) => {
      const e = s.ledger.find((x) => x.eventId === id)
      return `${e?.purposeId} ${e?.action}`
    })
    .sort()

/** The server's granted state of `purposes` for the member, polled until `want` holds. */
async function serverUntil(
  token: string,
  want: (granted: Record<string, boolean>) => boolean,
  timeoutMs: number,
) {
  const member = memberClient(token)
  const read = async () => {
    const res = await member.call('getConsents')
    if (!res.ok) throw new Error(`getConsents: ${res.error.message}`)
    return Object.fromEntries(res.value.purposes.map((p) => [p.purposeId, p.granted]))
  }
  const deadline = Date.now() + timeoutMs
  let granted = await read()
  while (!want(granted) && Date.now() < deadline) {
    await new Promise((ok) => setTimeout(ok, 250))
    granted = await read()
  }
  return granted
}

describe.each(['zh-CN', 'en'] as const)('two tabs in %s', (lang) => {
  const t = messages[lang]
  /** Screenshots of either tab, numbered in journey order, beside startJourney's own. */
  const shooter = (journey: string) => {
    const dir = resolve(__dirname, `../../test-results/e2e/${journey}-${lang}`)
    let n = 0
    return async (page: Page, step: string) => {
      mkdirSync(dir, { recursive: true })
      await page.waitForTimeout(400)
      n += 1
      await page.screenshot({ path: join(dir, `${String(n).padStart(2, '0')}-${step}.png`) })
    }
  }

  it(`§3.4 two tabs: a withdrawal in one tab shows in the other without a reload, survives its writes and reaches the server (${lang})`, async () => {
    const j = await startJourney(browser, 'two-tabs', { lang, userKey: `e2e-tabs-${lang}` })
    const shot = shooter('two-tabs')
    const a = j.page
    const context = a.context()
    await a.locator(visible('.notice')).getByText(t.notice.agree, { exact: true }).click()
    await a.locator(visible('.home__title')).waitFor()
    const centerUrl = `${a.url().split('#')[0]}#/packages/choices/pages/center/index`
    await a.goto(centerUrl)
    const email = '.purpose-card--marketing-email'
    const sms = '.purpose-card--marketing-sms'
    await a.locator(visible(`${email} .consent-switch`)).click()
    await a.locator(visible(`${email} .consent-switch--on`)).waitFor()
    await shot(a, 'tab-a-granted')
    const token = (await mustSavedState(a)).session?.token ?? ''
    expect(token).toBeTruthy()
    expect(
      (await serverUntil(token, (g) => g['marketing-email'] === true, 10_000))['marketing-email'],
    ).toBe(true)

    // A second tab of the same app: it reads the same saved choices.
    const b = await context.newPage()
    await b.goto(centerUrl)
    await b.locator(visible(`${email} .consent-switch--on`)).waitFor()
    await b.locator(visible(email)).scrollIntoViewIfNeeded()
    await shot(b, 'tab-b-granted')

    // Offline, tab A withdraws email marketing.
    await context.setOffline(true)
    const tapped = Date.now()
    await a.locator(visible(`${email} .consent-switch`)).click()
    // Watched from the moment of the tap: how long tab B takes to show it.
    const seenInB = b
      .locator(visible(`${email} .purpose-card__status`))
      .getByText(t.purposeCard.off)
      .waitFor()
      .then(() => Date.now())
    await a.locator(visible(`${email} .purpose-card__status`)).getByText(t.purposeCard.off)
    await a.locator(visible(email)).scrollIntoViewIfNeeded()
    await shot(a, 'tab-a-withdrawn-offline')

    // Tab B shows it without a reload (printed: a figure for the report, not a budget).
    const ms = (await seenInB) - tapped
    console.log(`[two-tabs ${lang}] tab B showed the withdrawal ${ms} ms after the tap in tab A`)
    expect(await b.locator(visible(`${email} .consent-switch--on`)).count()).toBe(0)
    await b.locator(visible(email)).scrollIntoViewIfNeeded()
    await shot(b, 'tab-b-shows-withdrawal')

    // Tab B makes its own change and writes its whole state: tab A's withdrawal stays.
    await b.locator(visible(`${sms} .consent-switch`)).click()
    await b.locator(visible(`${sms} .consent-switch--on`)).waitFor()
    await b.locator(visible(sms)).scrollIntoViewIfNeeded()
    await shot(b, 'tab-b-grants-sms')
    const saved = await mustSavedState(b)
    expect(outbox(saved)).toEqual(['marketing-email withdraw', 'marketing-sms grant'])
    await a.locator(visible(`${sms} .consent-switch--on`)).waitFor()
    expect(await a.locator(visible(`${email} .consent-switch--on`)).count()).toBe(0)

    // Only tab B is left open when the network returns: it sends tab A's withdrawal too.
    await a.close()
    await context.setOffline(false)
    const granted = await serverUntil(
      token,
      (g) => g['marketing-email'] === false && g['marketing-sms'] === true,
      60_000,
    )
    expect(granted['marketing-email']).toBe(false)
    expect(granted['marketing-sms']).toBe(true)
    await b.waitForFunction(() => {
      const v = localStorage.getItem('indigo.app')
      return (
        v !== null &&
        (JSON.parse(JSON.parse(v).data) as { state: { unsynced: string[] } }).state.unsynced
          .length === 0
      )
    })
    await b.locator(visible(email)).scrollIntoViewIfNeeded()
    await shot(b, 'tab-b-synced')
    await j.close()
  })

  it(`§3.4 two tabs: a withdrawal in one tab survives a stale write from another that never heard of it (${lang})`, async () => {
    const j = await startJourney(browser, 'two-tabs-race', { lang, userKey: `e2e-race-${lang}` })
    const shot = shooter('two-tabs-race')
    const a = j.page
    const context = a.context()
    await a.locator(visible('.notice')).getByText(t.notice.agree, { exact: true }).click()
    await a.locator(visible('.home__title')).waitFor()
    const centerUrl = `${a.url().split('#')[0]}#/packages/choices/pages/center/index`
    await a.goto(centerUrl)
    const email = '.purpose-card--marketing-email'
    const sms = '.purpose-card--marketing-sms'
    await a.locator(visible(`${email} .consent-switch`)).click()
    await a.locator(visible(`${email} .consent-switch--on`)).waitFor()
    const b = await context.newPage()
    // Registered before the app's own listener, so it can stop the storage event reaching it.
    await b.addInitScript(() => {
      window.addEventListener('storage', (e) => {
        if ((window as unknown as { deaf?: boolean }).deaf) e.stopImmediatePropagation()
      })
    })
    await b.goto(centerUrl)
    await b.locator(visible(`${email} .consent-switch--on`)).waitFor()
    // Offline first, and settled: the sync indicator's own updates are behind us.
    await context.setOffline(true)
    await b.waitForTimeout(1000)
    // Tab B stops hearing other tabs (as if the event had not arrived yet): it stays stale.
    await b.evaluate(() => ((window as unknown as { deaf?: boolean }).deaf = true))
    await a.locator(visible(`${email} .consent-switch`)).click()
    await a.locator(visible(`${email} .purpose-card__status`)).getByText(t.purposeCard.off)
    await b.waitForTimeout(1000)
    expect(await b.locator(visible(`${email} .consent-switch--on`)).count()).toBe(1)
    await b.locator(visible(email)).scrollIntoViewIfNeeded()
    await shot(b, 'tab-b-stale')

    // The stale tab writes its whole state: the withdrawal is merged in, not replaced.
    await b.locator(visible(`${sms} .consent-switch`)).click()
    await b.locator(visible(`${sms} .consent-switch--on`)).waitFor()
    expect(outbox(await mustSavedState(b))).toEqual([
      'marketing-email withdraw',
      'marketing-sms grant',
    ])
    // Its own write took the withdrawal in: tab B shows it too, without a reload.
    await b
      .locator(visible(`${email} .purpose-card__status`))
      .getByText(t.purposeCard.off)
      .waitFor()
    await b.locator(visible(email)).scrollIntoViewIfNeeded()
    await shot(b, 'tab-b-merged')
    // A restart (back online) reads both choices, and the server gets both.
    await context.setOffline(false)
    await b.reload()
    await b.locator(visible(`${sms} .consent-switch--on`)).waitFor()
    expect(await b.locator(visible(`${email} .consent-switch--on`)).count()).toBe(0)
    const token = (await mustSavedState(b)).session?.token ?? ''
    const granted = await serverUntil(
      token,
      (g) => g['marketing-email'] === false && g['marketing-sms'] === true,
      60_000,
    )
    expect([granted['marketing-email'], granted['marketing-sms']]).toEqual([false, true])
    await j.close()
  })
})
