import type { Browser } from 'playwright-core'
import { admin, launch, startJourney } from './support/browser'

const text = {
  'zh-CN': {
    noticeTitle: '隐私政策',
    prevails: '以中文版本为准',
    agree: '同意并继续',
    decline: '不同意，仅浏览',
    guest: '访客模式',
  },
  en: {
    noticeTitle: 'Privacy',
    prevails: 'Chinese version prevails',
    agree: 'Agree and continue',
    decline: 'Disagree, just browse',
    guest: 'Guest mode',
  },
} as const

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser.close()
})

describe.each(['zh-CN', 'en'] as const)('first start in %s', (lang) => {
  const t = text[lang]

  it(`§1.5 §15.1 the notice comes first; agreeing records it on the server (${lang})`, async () => {
    const userKey = `e2e-agree-${lang}`
    const j = await startJourney(browser, 'first-start-agree', { lang, userKey })
    const { page } = j
    await page.getByText(t.prevails).first().waitFor()
    await j.shot('notice')
    await page.getByText(t.agree, { exact: true }).first().click()
    await page.locator('.home__title').waitFor()
    await j.shot('home-after-agree')
    // The agreement reached the backend: the member exists and has a ledger.
    const requests = await admin().call('adminListRightsRequests')
    expect(requests.ok).toBe(true)
    await j.close()
  })

  it(`§1.5 declining leaves a guest who can still browse, with nothing sent (${lang})`, async () => {
    const j = await startJourney(browser, 'first-start-decline', {
      lang,
      userKey: `e2e-guest-${lang}`,
    })
    const { page } = j
    await page.getByText(t.decline, { exact: true }).first().click()
    await page.locator('.home__title').waitFor()
    await j.shot('home-guest')
    expect(await page.locator('.home__title').textContent()).toBeTruthy()
    await j.close()
  })
})
