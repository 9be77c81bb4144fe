/**
 * Member features (§3.1(m)) as a member lives it, in the H5 build against the mock server: first start, agree,
 * sign up with the date of birth, a receipt upload that stays off until its own separate
 * consent, the upload (H5's chooseMedia adapter picks a sample photo), pending until the mall
 * approves it through the admin route, then the points on the member card.
 */
import type { Browser } from 'playwright-core'
import { purposeNames } from '../../src/catalogue/purpose-copy'
import { messages } from '../../src/i18n'
import { memberMessages } from '../../src/i18n/features/member'
import { admin, launch, startJourney, visible } from './support/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe.each([
  ['zh-CN', '128.50', 128],
  ['en', '64', 64],
] as const)('member receipts in %s', (lang, amount, points) => {
  const t = messages[lang]
  const m = memberMessages[lang].member
  const purposeName = purposeNames['receipt-photos']

  it(`§7.3 a receipt upload waits for its separate consent, then is pending until approved, then earns points (${lang})`, async () => {
    const j = await startJourney(browser, 'member-receipts', {
      lang,
      userKey: `e2e-receipts-${lang}`,
    })
    const { page } = j
    // First start: the notice, agreed.
    await page.locator(visible('.notice')).getByText(t.notice.agree, { exact: true }).click()
    await page.locator(visible('.home__member')).click()
    // Sign in, then sign-up asks the date of birth (§1.6) from the date picker.
    // (The app logged in when the notice was agreed: the member page opens signed in.)
    const birth = page.locator(visible('.member-birth__value'))
    const signIn = page.locator(visible('.member-page')).getByText(m.card.signIn, { exact: true })
    await birth.or(signIn).first().waitFor()
    if (await signIn.count()) await signIn.click()
    await birth.waitFor()
    await j.shot('sign-up-date-of-birth')
    await page.locator(visible('.member-birth__value')).click()
    // Taro H5's date picker (weui): the wheels open on 2000-01-01; the user confirms.
    await page.locator(visible('.weui-picker__action')).last().waitFor()
    await j.shot('date-picker-open')
    await page.locator(visible('.weui-picker__action')).last().click()
    await page.locator(visible('.member-birth__value')).getByText('2000-01-01').waitFor()
    await j.shot('date-chosen')
    await page.locator(visible('.member-birth__submit')).click()
    await page.locator(visible('.member-card__points')).waitFor()
    expect(await page.locator(visible('.member-card__points')).textContent()).toBe('0')
    await j.shot('member-card')

    // Receipts: off, no way to upload, until the separate consent.
    await page.locator(visible('.member-card-page__feature')).first().click()
    await page.getByText(m.gate.off).first().waitFor()
    expect(await page.locator(visible('.receipts__camera')).count()).toBe(0)
    expect(await page.locator(visible('.receipts__album')).count()).toBe(0)
    await j.shot('receipts-stopped-before-consent')
    await page.locator(visible('.member-page')).getByText(m.gate.enable, { exact: true }).click()
    const agree = page.locator(visible('.separate-consent__agree'))
    await agree.waitFor()
    await j.shot('separate-consent')
    expect(await agree.textContent()).toContain(purposeName[lang])
    await agree.click()

    // Consent given: the upload (H5's chooseMedia adapter picks a sample receipt photo).
    await page.locator(visible('.receipts__album')).waitFor()
    await page.locator(visible('.receipts__input input')).fill(amount)
    await j.shot('receipts-on')
    await page.locator(visible('.receipts__album')).click()
    await page.getByText(m.receipts.done(points)).waitFor()
    await page.locator(visible('.receipts__status--pending')).waitFor()
    expect(await page.locator(visible('.receipts__status--pending')).textContent()).toBe(
      m.receipts.status.pending,
    )
    await j.shot('receipt-pending')

    // The mall approves it (admin route); the app shows it approved and the points.
    const queue = await admin().call('adminListReceipts', { query: { status: 'pending' } })
    if (!queue.ok) throw new Error(JSON.stringify(queue.error))
    const mine = queue.value.receipts.find((r) => r.points === points)
    if (!mine) throw new Error('the uploaded receipt is not in the review queue')
    const approved = await admin().call('adminReviewReceipt', {
      params: { id: mine.id },
      body: { decision: 'approve' },
    })
    expect(approved.ok && approved.value.pointsAwarded).toBe(points)
    await page.reload()
    await page.locator(visible('.receipts__status--approved')).waitFor()
    await j.shot('receipt-approved')
    await page.goBack()
    await page.reload()
    await page.locator(visible('.member-card__points')).waitFor()
    await page.waitForFunction(
      (want) => document.querySelector('.member-card__points')?.textContent === want,
      String(points),
    )
    await j.shot('points-on-card')
    await j.close()
  })
})
