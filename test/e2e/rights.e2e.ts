/**
 * Browser journeys of the §10 rights requests: an access request verified by SMS, completed by
 * INDIGO through the admin route, and read in the app as a summary; and a deregistration that
 * wipes the device back to its first-start state. zh-CN and en, 375×667, every step shot.
 */
import type { Browser, Page } from 'playwright-core'
import { rightByType } from '../../src/catalogue/rights'
import { messages } from '../../src/i18n'
import { rights as enRights } from '../../src/i18n/en/rights'
import { rights as zhRights } from '../../src/i18n/zh-cn/rights'
import {
  admin,
  launch,
  lastSmsCode,
  memberApi,
  savedState,
  startJourney,
  visible,
  type Journey,
} from './support/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const tapText = (page: Page, text: string) =>
  page.locator(visible('.taro-button-core, .rights__card, [role="link"]')).getByText(text, {
    exact: true,
  })

/** Agrees to the notice and opens the rights page (a subpackage). */
async function openRights(j: Journey, lang: 'zh-CN' | 'en') {
  const { page } = j
  await page
    .locator(visible('.notice'))
    .getByText(messages[lang].notice.agree, { exact: true })
    .click()
  await page.locator(visible('.home__title')).waitFor()
  await page.goto(`${page.url().split('#')[0]}#/packages/rights/pages/index/index`)
  await page.locator(visible('.rights-home__deregister')).waitFor()
}

/**
 * §10.3: the member has no phone yet, so the verification step asks for one, sends the code to
 * it (read from the mock gateway's log) and submits with it.
 */
async function verifyBySms(j: Journey, lang: 'zh-CN' | 'en', phone: string, action: string) {
  const { page } = j
  const v = (lang === 'en' ? enRights : zhRights).rightsVerify
  await page.locator(visible('.sms-verify')).waitFor()
  await page.locator(visible('.sms-verify')).getByText(v.send, { exact: true }).click()
  await page.locator(visible('[data-field="phone"] input')).fill(phone)
  await j.shot('verify-phone')
  await page.locator(visible('.sms-verify')).getByText(v.savePhone, { exact: true }).click()
  await page.locator(visible('[data-field="code"] input')).waitFor()
  const code = await lastSmsCode(phone)
  await page.locator(visible('[data-field="code"] input')).fill(code)
  await j.shot('verify-code')
  await page.locator(visible('.sms-verify')).getByText(action, { exact: true }).click()
}

describe.each(['zh-CN', 'en'] as const)('rights requests in %s', (lang) => {
  const r = lang === 'en' ? enRights : zhRights
  const phone = lang === 'en' ? '13900000102' : '13900000101'

  it(`§10.1(a) §10.3 an access request, verified by SMS, completed by INDIGO with an export, reads as a summary in the app (${lang})`, async () => {
    const j = await startJourney(browser, 'rights-access', { lang, userKey: `e2e-rights-${lang}` })
    const { page } = j
    await openRights(j, lang)
    await j.shot('rights-home')
    await page
      .locator(visible('.rights-home__right'))
      .getByText(rightByType['access-copy'].name[lang], { exact: true })
      .click()
    await page.locator(visible('[data-field="categories"]')).waitFor()
    await page.locator(visible('[data-field="categories"] [data-value="profile"]')).click()
    await page.locator(visible('[data-field="categories"] [data-value="consents"]')).click()
    await j.shot('access-form')
    await tapText(page, r.rightsForm.next).click()
    await verifyBySms(j, lang, phone, r.rightsForm.submit)
    await page.getByText(r.rightsDone.title, { exact: true }).first().waitFor()
    await j.shot('submitted')

    // INDIGO completes it through the admin route; the export is attached.
    const member = await memberApi(page)
    const mine = await member.call('listRightsRequests')
    if (!mine.ok) throw new Error(mine.error.message)
    expect(mine.value.requests.map((q) => [q.type, q.status])).toEqual([
      ['access-copy', 'verified'],
    ])
    const id = mine.value.requests[0]?.id ?? ''
    const advanced = await admin().call('adminAdvanceRightsRequest', { params: { id }, body: {} })
    expect(advanced.ok).toBe(true)
    const done = await admin().call('adminCompleteRightsRequest', { params: { id }, body: {} })
    expect(done.ok).toBe(true)

    await tapText(page, r.rightsDone.viewRequest).click()
    await page
      .locator(visible('.rights-detail'))
      .getByText(r.rightsStatus.completed)
      .first()
      .waitFor()
    await j.shot('detail-completed')
    await page.locator(visible('.rights-detail')).getByText(r.rightsDetail.viewExport).click()
    await page.locator(visible('.rights-export')).waitFor()
    // The readable summary: the profile with the verified phone, and the record counts.
    const summary = page.locator(visible('.rights-export'))
    await summary.getByText(phone, { exact: true }).waitFor()
    await summary.getByText(r.rightsExport.sections.consents, { exact: true }).waitFor()
    await j.shot('export-summary')
    await page.locator(visible('.rights__json')).scrollIntoViewIfNeeded()
    await j.shot('export-json')
    await j.close()
  })

  it(`§10.1(a) a correction with an evidence photo: picked, sent with the request, listed on its detail (${lang})`, async () => {
    const fixPhone = lang === 'en' ? '13900000302' : '13900000301'
    const j = await startJourney(browser, 'rights-correct', { lang, userKey: `e2e-fix-${lang}` })
    const { page } = j
    await openRights(j, lang)
    await page
      .locator(visible('.rights-home__right'))
      .getByText(rightByType['correct-supplement'].name[lang], { exact: true })
      .click()
    await page.locator(visible('[data-field="field"] [data-value="nickname"]')).click()
    await page.locator(visible('[data-field="correctedValue"] input')).fill('Lan')
    await page.locator(visible('[data-field="photos.evidence"]')).scrollIntoViewIfNeeded()
    await j.shot('evidence-field')
    // H5 has no wx.chooseMedia: the services adapter's stand-in picks a sample photo.
    await tapText(page, r.rightsForm.photoAlbum).click()
    await page.locator(visible('.rights__photo-chosen')).waitFor()
    await page.locator(visible('[data-field="photos.evidence"]')).scrollIntoViewIfNeeded()
    await j.shot('evidence-chosen')
    await tapText(page, r.rightsForm.next).click()
    await verifyBySms(j, lang, fixPhone, r.rightsForm.submit)
    await page.getByText(r.rightsDone.title, { exact: true }).first().waitFor()
    await tapText(page, r.rightsDone.viewRequest).click()
    const details = page.locator(visible('.request-details'))
    await details.getByText(r.rightsForm.photos.evidence, { exact: true }).waitFor()
    await details.scrollIntoViewIfNeeded()
    await j.shot('detail-with-photo')
    await j.close()
  })

  it(`§10.1(c) §10.3 deregistration: consequences, confirmation, SMS verification, then the device is wiped back to first start (${lang})`, async () => {
    const kinPhone = lang === 'en' ? '13900000202' : '13900000201'
    const j = await startJourney(browser, 'rights-deregister', {
      lang,
      userKey: `e2e-dereg-${lang}`,
    })
    const { page } = j
    await openRights(j, lang)
    await page.locator(visible('.rights-home__deregister')).click()
    await page.locator(visible('.rights-form__consequences')).waitFor()
    await j.shot('consequences')
    await page.locator(visible('[data-field="ground"] [data-value="consent-withdrawn"]')).click()
    // Not confirmed yet: the form says so and goes nowhere.
    await tapText(page, r.rightsForm.next).click()
    await page.getByText(r.rightsForm.errors['confirm-required']).first().waitFor()
    await j.shot('confirm-required')
    await page.locator(visible('[data-field="confirmed"] [data-value="yes"]')).click()
    await tapText(page, r.rightsForm.next).click()
    await verifyBySms(j, lang, kinPhone, r.rightsForm.submit)
    await page.getByText(r.rightsDone.deregisteredTitle, { exact: true }).first().waitFor()
    await j.shot('deregistered')

    // Nothing personal is left on the device: no session, no notice decision, no drafts.
    const state = await savedState(page)
    expect(state?.session ?? null).toBeNull()
    expect(state?.drafts ?? {}).toEqual({})
    expect(state?.notice ?? null).toBeNull()

    // Back home: the app is where it was at first start, the notice asks again.
    await tapText(page, r.rightsDone.backHome).click()
    await page.locator(visible('.notice')).waitFor()
    await j.shot('first-start-again')
    await j.close()
  })
})
