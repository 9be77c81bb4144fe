import type { Browser, Page } from 'playwright-core'
import { messages } from '../../src/i18n'
import { lastSmsCode, launch, memberApi, startJourney, visible } from './support/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** A Taro H5 input is a web component: type into the real <input> inside it. */
async function typeInto(page: Page, selector: string, value: string) {
  const input = page.locator(visible(`${selector} input`))
  await input.fill(value)
}

/** The number on the row of picker column `column` that sits in the selection band. */
async function shownInColumn(page: Page, column: number): Promise<{ value: number; row: number }> {
  return page.evaluate((c) => {
    const group = Array.from(document.querySelectorAll('.weui-picker__group')).filter(
      (g) => (g as HTMLElement).offsetParent !== null,
    )[c] as HTMLElement
    const band = group.querySelector('.weui-picker__indicator')!.getBoundingClientRect()
    const middle = band.top + band.height / 2
    const items = Array.from(group.querySelectorAll('.weui-picker__item')).map((el) => ({
      box: el.getBoundingClientRect(),
      text: el.textContent ?? '',
    }))
    const row = items.length > 1 ? items[1]!.box.top - items[0]!.box.top : band.height
    const hit = items.reduce((a, b) =>
      Math.abs(a.box.top + a.box.height / 2 - middle) <=
      Math.abs(b.box.top + b.box.height / 2 - middle)
        ? a
        : b,
    )
    return { value: Number.parseInt(hit.text, 10), row }
  }, column)
}

/**
 * Taro H5's date picker, as a user drives it: open it, drag each column (a mouse drag is what
 * the picker follows in a desktop browser) until the wanted row sits in the band, confirm.
 */
async function pickDate(page: Page, iso: string) {
  const wanted = iso.split('-').map(Number)
  await page.locator(visible('.member-birth__value')).click()
  const groups = page.locator(visible('.weui-picker__group'))
  await groups.first().waitFor()
  for (let column = 0; column < 3; column += 1) {
    for (let tries = 0; tries < 8; tries += 1) {
      const shown = await shownInColumn(page, column)
      const rows = (wanted[column] ?? 0) - shown.value
      if (rows === 0) break
      const box = (await groups.nth(column).boundingBox())!
      const x = box.x + box.width / 2
      const y = box.y + box.height / 2
      // Slowly, a few rows at a time, so no fling carries it past.
      const step = Math.max(-4, Math.min(4, rows))
      await page.mouse.move(x, y)
      await page.mouse.down()
      await page.mouse.move(x, y - step * shown.row, { steps: 20 })
      await page.waitForTimeout(200)
      await page.mouse.up()
      await page.waitForTimeout(500)
    }
  }
  await page.locator(visible('.weui-picker__action')).last().click()
  await page.locator(visible('.member-birth__value')).getByText(iso).waitFor()
}

/** Twelve years old all this year (Beijing date): born on 1 January twelve years ago. */
function twelveYearsOld(): string {
  return `${new Date(Date.now() + 8 * 3600_000).getUTCFullYear() - 12}-01-01`
}

describe.each(['zh-CN', 'en'] as const)('a 12-year-old in %s', (lang) => {
  const t = messages[lang]
  const guardianPhone = lang === 'zh-CN' ? '13812340012' : '13912340013'

  it(`§1.6 §12.2 a 12-year-old: the guardian's phone gets the code, the guardian consents separately, and the backend records it as the guardian's (${lang})`, async () => {
    const userKey = `e2e-minor-${lang}`
    const j = await startJourney(browser, 'minor', { lang, userKey })
    const { page } = j
    await page.locator(visible('.notice')).getByText(t.notice.agree, { exact: true }).click()
    await page.locator(visible('.home__title')).waitFor()

    // Membership sign-up asks the date of birth first (§1.6, §12), with a date picker.
    await page.goto(`${page.url().split('#')[0]}#/packages/member/pages/card/index`)
    const signIn = page.locator(visible('.member-page .member-btn'))
    await Promise.race([signIn.first().waitFor(), page.locator(visible('.member-birth')).waitFor()])
    if ((await page.locator(visible('.member-birth')).count()) === 0) await signIn.first().click()
    await page.locator(visible('.member-birth')).waitFor()
    await j.shot('sign-up-birth')
    await pickDate(page, twelveYearsOld())
    await j.shot('birth-date-chosen')
    await page.locator(visible('.member-birth__submit')).click()

    // Under 14: the guardian flow takes over.
    await page.locator(visible('.guardian__verify')).waitFor()
    expect(await page.locator(visible('.guardian__status')).textContent()).toBe(
      t.guardian.childIntro,
    )
    await j.shot('guardian-needed')

    await typeInto(page, '.guardian__phone', guardianPhone)
    await page.locator(visible('.guardian__send')).click()
    await page.locator(visible('.guardian__sent')).waitFor()
    expect(await page.locator(visible('.guardian__sent')).textContent()).toContain(
      `${guardianPhone.slice(0, 3)}****${guardianPhone.slice(-4)}`,
    )
    const code = await lastSmsCode(guardianPhone)
    await typeInto(page, '.guardian__code', code)
    await j.shot('code-sent')
    await page.locator(visible('.guardian__agree')).click()
    await page.locator(visible('.guardian__granted')).waitFor()
    await j.shot('guardian-consented')

    // The child's ledger on the backend: the guardian's consent, given by the guardian.
    const masked = `${guardianPhone.slice(0, 3)}****${guardianPhone.slice(-4)}`
    let entry: { actor: string; action: string; source: string } | undefined
    for (let i = 0; i < 40 && !entry; i += 1) {
      const res = await (await memberApi(page)).call('getConsents')
      entry = res.ok ? res.value.ledger.find((e) => e.purposeId === 'guardian-consent') : undefined
      if (!entry) await new Promise((ok) => setTimeout(ok, 250))
    }
    expect(entry).toMatchObject({
      action: 'grant',
      actor: 'guardian',
      source: 'guardian-flow',
      guardianPhone: masked,
    })
    const api = await memberApi(page)
    const consents = await api.call('getConsents')
    expect(
      consents.ok && consents.value.purposes.find((p) => p.purposeId === 'guardian-consent'),
    ).toMatchObject({ granted: true, status: 'granted' })
    // The guardian's phone did not become the child's.
    const profile = await api.call('getProfile')
    expect(profile.ok && profile.value.phone).not.toBe(guardianPhone)

    // The child's consent history names the guardian and the phone the guardian verified.
    await page.goto(`${page.url().split('#')[0]}#/packages/about/pages/history/index`)
    const actor = page.locator(visible('.history__entry--p-guardian-consent .history__actor'))
    await actor.first().waitFor()
    expect(await actor.first().textContent()).toBe(t.history.byGuardianPhone(masked))
    await j.shot('history')
    await j.close()
  })
})
