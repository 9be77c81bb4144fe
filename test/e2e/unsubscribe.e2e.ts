import type { Browser } from 'playwright-core'
import { purposeNames } from '../../src/catalogue/purpose-copy'
import { messages } from '../../src/i18n'
import {
  admin,
  appUrl,
  launch,
  memberClient,
  savedState,
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

/** Whether the backend's `channel` marketing audience lists `userId`, polled until `want`. */
async function inAudience(channel: 'sms' | 'email', userId: string, want: boolean) {
  let listed = !want
  for (let i = 0; i < 40 && listed !== want; i += 1) {
    if (i > 0) await new Promise((ok) => setTimeout(ok, 250))
    const res = await admin().call('adminAudience', { query: { channel } })
    listed = res.ok && res.value.members.some((m) => m.userId === userId)
  }
  return listed
}

describe.each(['zh-CN', 'en'] as const)('unsubscribe link in %s', (lang) => {
  const t = messages[lang]
  const u = t.unsubscribe

  it(`§3.4(b) a link from an SMS or email stops that channel with one tap and no login; the app then shows it off (${lang})`, async () => {
    // The member, in the app: grants SMS and email marketing in the consent center.
    const app = await startJourney(browser, 'unsubscribe-app', {
      lang,
      userKey: `e2e-unsubscribe-${lang}`,
    })
    const { page } = app
    await page.locator(visible('.notice')).getByText(t.notice.agree, { exact: true }).click()
    await page.locator(visible('.home__title')).waitFor()
    const center = `${page.url().split('#')[0]}#/packages/choices/pages/center/index`
    await page.goto(center)
    for (const id of ['marketing-sms', 'marketing-email']) {
      await page.locator(visible(`.purpose-card--${id} .consent-switch`)).click()
      await page.locator(visible(`.purpose-card--${id} .consent-switch--on`)).waitFor()
    }
    await page.locator(visible('.purpose-card--marketing-sms')).scrollIntoViewIfNeeded()
    await app.shot('sms-and-email-on')

    const token = (await savedState(page))?.session?.token
    expect(token).toBeTruthy()
    const member = memberClient(token)
    const profile = await member.call('getProfile')
    if (!profile.ok) throw new Error(`profile: ${profile.error.message}`)
    const { userId } = profile.value
    expect(await inAudience('sms', userId, true)).toBe(true)
    expect(await inAudience('email', userId, true)).toBe(true)

    // The backend sends a text with a signed link for SMS.
    const link = await admin().call('adminUnsubscribeToken', { body: { userId, channel: 'sms' } })
    if (!link.ok) throw new Error(`link: ${link.error.message}`)
    // The link in the text opens the app's page (which waits for a tap), not a backend GET.
    expect(link.value.url.startsWith(`${appUrl()}/#/pages/unsubscribe/index?token=`)).toBe(true)

    // Someone opens it on another phone's browser: a fresh context, never logged in.
    const outside = await startJourney(browser, 'unsubscribe-link', {
      lang,
      userKey: `e2e-unsubscribe-stranger-${lang}`,
      path: link.value.url.slice(appUrl().length + 1),
    })
    const p2 = outside.page
    const action = p2.locator(visible('.unsubscribe__action'))
    await action.waitFor()
    expect(await p2.locator(visible('.unsubscribe__title')).textContent()).toBe(u.title)
    await outside.shot('link-opened')
    // Opening the page alone stops nothing (link scanners open links too).
    expect(await inAudience('sms', userId, true)).toBe(true)
    await action.click()
    await p2.locator(visible('.unsubscribe__done')).waitFor()
    expect(await p2.locator(visible('.unsubscribe__title')).textContent()).toBe(u.done)
    const smsName = purposeNames['marketing-sms'][lang]
    expect(await p2.locator(visible('.unsubscribe__channels')).textContent()).toBe(
      u.channels(smsName),
    )
    await outside.shot('sms-unsubscribed')
    expect(await inAudience('sms', userId, false)).toBe(false)
    // Only the channel of the link: email stays on.
    expect(await inAudience('email', userId, true)).toBe(true)
    // No login happened in that browser.
    expect((await savedState(p2))?.session ?? null).toBeNull()

    // The email's link, opened the same way.
    const mail = await admin().call('adminUnsubscribeToken', {
      body: { userId, channel: 'email' },
    })
    if (!mail.ok) throw new Error(`link: ${mail.error.message}`)
    await p2.goto(mail.value.url)
    await p2.reload()
    await p2.locator(visible('.unsubscribe__action')).waitFor()
    await outside.shot('email-link-opened')
    await p2.locator(visible('.unsubscribe__action')).click()
    await p2.locator(visible('.unsubscribe__done')).waitFor()
    await outside.shot('email-unsubscribed')
    expect(await inAudience('email', userId, false)).toBe(false)
    await outside.close()

    // Back in the member's app: after a sync (the app comes back to the foreground), both off.
    await page.reload()
    await page.locator(visible('.purpose-card--marketing-sms')).waitFor()
    for (const id of ['marketing-sms', 'marketing-email']) {
      const status = page.locator(visible(`.purpose-card--${id} .purpose-card__status`))
      await page.waitForFunction(
        ([sel, off]) =>
          Array.from(document.querySelectorAll(sel)).some(
            (el) => (el as HTMLElement).offsetParent !== null && el.textContent === off,
          ),
        [`.purpose-card--${id} .purpose-card__status`, t.purposeCard.off] as const,
      )
      expect(await status.textContent()).toBe(t.purposeCard.off)
      expect(await page.locator(visible(`.purpose-card--${id} .consent-switch--on`)).count()).toBe(
        0,
      )
    }
    await page.locator(visible('.purpose-card--marketing-sms')).scrollIntoViewIfNeeded()
    await app.shot('app-shows-both-off')
    await app.close()
  })
})
