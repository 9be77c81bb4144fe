import type { Browser } from 'playwright-core'
import { messages } from '../../src/i18n'
import { admin, launch, startJourney, visible } from './support/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** The members the backend would send SMS marketing to, polled until `expected` holds. */
async function smsAudience(expected: (n: number) => boolean): Promise<number> {
  for (let i = 0; i < 40; i += 1) {
    const res = await admin().call('adminAudience', { query: { channel: 'sms' } })
    const n = res.ok ? res.value.members.length : -1
    if (expected(n)) return n
    await new Promise((ok) => setTimeout(ok, 250))
  }
  throw new Error('the SMS audience never reached the expected size')
}

describe.each(['zh-CN', 'en'] as const)('marketing in %s', (lang) => {
  const t = messages[lang]

  it(`§3.3 §3.4(c) SMS marketing only after the member turns it on; "stop all marketing" empties the audience in one tap (${lang})`, async () => {
    const j = await startJourney(browser, 'marketing', { lang, userKey: `e2e-marketing-${lang}` })
    const { page } = j
    await page.locator(visible('.notice')).getByText(t.notice.agree, { exact: true }).click()
    await page.locator(visible('.home__title')).waitFor()
    const before = await smsAudience((n) => n >= 0)

    await page.goto(`${page.url().split('#')[0]}#/packages/choices/pages/center/index`)
    const sms = page.locator(visible('.purpose-card--marketing-sms .consent-switch'))
    await sms.click()
    await page.locator(visible('.purpose-card--marketing-sms .consent-switch--on')).waitFor()
    await j.shot('sms-on')
    expect(await smsAudience((n) => n === before + 1)).toBe(before + 1)

    await page.goto(`${page.url().split('#')[0]}#/packages/choices/pages/marketing/index`)
    await page.locator(visible('.marketing-prefs__stop-all')).click()
    await page.getByText(t.marketingPrefs.stoppedAll).first().waitFor()
    await j.shot('stopped-all')
    expect(await smsAudience((n) => n === before)).toBe(before)
    await j.close()
  })
})
