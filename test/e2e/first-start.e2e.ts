import type { Browser } from 'playwright-core'
import { messages } from '../../src/i18n'
import { launch, savedState, startJourney, visible } from './support/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe.each(['zh-CN', 'en'] as const)('first start in %s', (lang) => {
  const t = messages[lang]

  it(`§1.5 §15.1 the notice comes first; agreeing starts the member's record on the server (${lang})`, async () => {
    const userKey = `e2e-agree-${lang}`
    const j = await startJourney(browser, 'first-start-agree', { lang, userKey })
    const { page } = j
    const notice = page.locator(visible('.notice'))
    await notice.getByText(t.notice.prevailsLine).waitFor()
    await j.shot('notice')
    await notice.getByText(t.notice.agree, { exact: true }).click()
    await page.locator(visible('.home__title')).waitFor()
    await j.shot('home-after-agree')
    // The agreement is kept on the device, and only now did the app log in to the backend.
    const state = await savedState(page)
    expect(state?.notice?.decision).toBe('accepted')
    expect(state?.session?.token).toBeTruthy()
    await j.close()
  })

  it(`§1.5 the notice is the first screen; backing out of it without an answer browses as a guest (${lang})`, async () => {
    const j = await startJourney(browser, 'first-start-back', {
      lang,
      userKey: `e2e-back-${lang}`,
      // Which of the two pages' titles reached the document first.
      init: () => {
        const w = window as unknown as { __first?: string }
        new MutationObserver((_, observer) => {
          if (document.querySelector('.home__title')) w.__first = 'home'
          else if (document.querySelector('.notice__title')) w.__first = 'notice'
          if (w.__first) observer.disconnect()
        }).observe(document, { childList: true, subtree: true })
      },
    })
    const { page } = j
    await page.locator(visible('.notice')).getByText(t.notice.prevailsLine).waitFor()
    expect(await page.evaluate(() => (window as unknown as { __first?: string }).__first)).toBe(
      'notice',
    )
    await j.shot('notice-first')
    await page.goBack()
    const title = page.locator(visible('.home__title'))
    await title.waitFor()
    expect(await title.textContent()).toBe(t.home.title)
    await page.locator(visible('.guest-banner')).waitFor()
    // No answer was given: nothing recorded, nothing sent.
    const state = await savedState(page)
    expect(state?.notice ?? null).toBeNull()
    expect(state?.session ?? null).toBeNull()
    await j.shot('home-after-back')
    await j.close()
  })

  it(`§1.5 WCAG 2.1.1 declining, from the keyboard, leaves a guest who can still browse, with nothing sent (${lang})`, async () => {
    const j = await startJourney(browser, 'first-start-decline', {
      lang,
      userKey: `e2e-guest-${lang}`,
    })
    const { page } = j
    // A focusable button (role and tabindex set on H5), answered with Enter.
    const decline = page.locator(visible('.notice__decline[role="button"][tabindex="0"]'))
    await decline.focus()
    await page.keyboard.press('Enter')
    const title = page.locator(visible('.home__title'))
    await title.waitFor()
    expect(await title.textContent()).toBe(t.home.title)
    await j.shot('home-guest')
    await j.close()
  })
})
