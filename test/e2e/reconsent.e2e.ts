import type { Browser, Page } from 'playwright-core'
import { messages } from '../../src/i18n'
import { admin, launch, memberApi, startJourney, visible } from './support/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Polls the member's ledger on the backend until `found` holds for some entry. */
async function waitForLedger(
  page: Page,
  found: (e: { purposeId: string; policyVersion: string; source: string }) => boolean,
) {
  for (let i = 0; i < 40; i += 1) {
    const res = await (await memberApi(page)).call('getConsents')
    if (res.ok) {
      const hit = res.value.ledger.find(found)
      if (hit) return { entry: hit, consents: res.value }
    }
    await new Promise((ok) => setTimeout(ok, 250))
  }
  throw new Error('the backend ledger never showed the expected entry')
}

/**
 * §11.2 is cited by preference cookies alone, so this journey's publish asks nobody else
 * again: journeys running after it on the same backend keep their choices.
 */
describe.each(['zh-CN', 'en'] as const)('re-consent on a new policy version in %s', (lang) => {
  const t = messages[lang]

  it(`§14.1 the admin publishes a version changing §11.2; on the next start "What changed" asks only for preference cookies and the backend records it under the new version (${lang})`, async () => {
    const j = await startJourney(browser, 'reconsent', { lang, userKey: `e2e-reconsent-${lang}` })
    const { page } = j
    await page.locator(visible('.notice')).getByText(t.notice.agree, { exact: true }).click()
    await page.locator(visible('.home__title')).waitFor()

    const base = page.url().split('#')[0]
    await page.goto(`${base}#/packages/choices/pages/center/index`)
    for (const id of ['preference-cookies', 'marketing-email']) {
      await page.locator(visible(`.purpose-card--${id} .consent-switch`)).click()
      await page.locator(visible(`.purpose-card--${id} .consent-switch--on`)).waitFor()
    }
    await j.shot('granted')
    const granted = await waitForLedger(page, (e) => e.purposeId === 'preference-cookies')
    const before = granted.entry.policyVersion

    const version = `2026-11+e2e-${lang}`
    const published = await admin().call('adminPublishPolicy', {
      body: { version, changedParagraphs: ['11.2'] },
    })
    expect(published.ok && published.value.version).toBe(version)

    // The next start: the sync asks the backend for its policy and "What changed" opens.
    await page.goto(`${base}#/pages/index/index`)
    await page.reload()
    const whatChanged = page.locator(visible('.what-changed'))
    await whatChanged.locator('.what-changed__section--11').waitFor()
    await j.shot('what-changed')
    expect(await whatChanged.locator('.what-changed__title').textContent()).toBe(
      t.whatChanged.title,
    )
    // Only the purpose citing §11.2 is asked; e-mail marketing is not touched.
    expect(await whatChanged.locator('.purpose-card').count()).toBe(1)
    await whatChanged.locator('.purpose-card--preference-cookies').waitFor()
    expect(await whatChanged.locator('.what-changed__section').count()).toBe(1)
    const held = await memberApi(page).then((api) => api.call('getConsents'))
    const state = held.ok ? held.value.purposes : []
    expect(state.find((p) => p.purposeId === 'preference-cookies')?.status).toBe('needs-reconsent')
    expect(state.find((p) => p.purposeId === 'marketing-email')?.status).toBe('granted')

    await whatChanged.locator('.purpose-card--preference-cookies .consent-switch').click()
    await whatChanged.locator('.purpose-card--preference-cookies .consent-switch--on').waitFor()
    await j.shot('re-consented')
    const again = await waitForLedger(
      page,
      (e) =>
        e.purposeId === 'preference-cookies' &&
        e.source === 're-consent' &&
        e.policyVersion === version,
    )
    expect(before).not.toBe(version)
    expect(again.consents.purposes.find((p) => p.purposeId === 'preference-cookies')?.status).toBe(
      'granted',
    )

    await whatChanged.locator('.what-changed__done').click()
    await page.locator(visible('.home__title')).waitFor()
    await j.shot('home-after')
    expect(await page.locator(visible('.journey-links__reconsent')).count()).toBe(0)
    await j.close()
  })
})
