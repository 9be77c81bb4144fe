// WCAG 2.1 AA, accessibility as a person using a screen reader or a thumb meets it: every
// page of src/app.config.ts in the production H5 build, in zh-CN and en, audited on the page
// the user sees (axe-core serious/critical, WCAG 4.1.2 name and role, WCAG 2.5.5 44 px targets).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { messages } from '../../src/i18n'
import { auditVisiblePage, waitForVisiblePage, type A11yReport } from './support/a11y'
import {
  admin,
  lastSmsCode,
  launch,
  memberClient,
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
  for (const [lang, screens] of Object.entries(counted)) {
    const dir = resolve(__dirname, '../../test-results/e2e', `a11y-${lang}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'controls.json'), `${JSON.stringify(screens, null, 2)}\n`)
  }
})

/** How many controls each audited screen had, kept beside the screenshots (per language). */
const counted: Record<string, Record<string, number>> = {}

/** Passes when the report is clean; otherwise fails listing every finding, to fix them at once. */
function expectClean(lang: string, screen: string, report: A11yReport) {
  ;(counted[lang] ??= {})[screen] = report.controls
  expect(report.controls).toBeGreaterThan(0)
  expect({ axe: report.axe, unnamed: report.unnamed, small: report.small }).toEqual({
    axe: [],
    unnamed: [],
    small: [],
  })
}

/** The page's route and what state it needs, and the clause it serves. */
interface Stop {
  readonly clause: string
  readonly name: string
  readonly path: (ids: Ids) => string
}

interface Ids {
  readonly unsubscribeToken: string
  readonly requestId: string
}

const stops: readonly Stop[] = [
  { clause: '§1.5', name: 'home', path: () => 'pages/index/index' },
  {
    clause: '§3.3 §7.3',
    name: 'consent-center',
    path: () => 'packages/choices/pages/center/index',
  },
  {
    clause: '§7.3',
    name: 'separate-consent',
    path: () => 'packages/choices/pages/separate/index?purpose=receipt-photos',
  },
  {
    clause: '§14.1',
    name: 'what-changed',
    path: () => 'packages/choices/pages/what-changed/index',
  },
  {
    clause: '§3.4(b)',
    name: 'unsubscribe',
    path: (ids) => `pages/unsubscribe/index?token=${encodeURIComponent(ids.unsubscribeToken)}`,
  },
  {
    clause: '§15.1',
    name: 'policy-full-text',
    path: () => 'packages/policy/pages/full-text/index',
  },
  { clause: '§10.1', name: 'rights', path: () => 'packages/rights/pages/index/index' },
  {
    clause: '§10.1(a) §10.3',
    name: 'rights-form',
    path: () => 'packages/rights/pages/form/index?type=access-copy',
  },
  { clause: '§10.1', name: 'rights-requests', path: () => 'packages/rights/pages/requests/index' },
  {
    clause: '§10.1',
    name: 'rights-detail',
    path: (ids) => `packages/rights/pages/detail/index?id=${ids.requestId}`,
  },
  {
    clause: '§10.1(a)',
    name: 'rights-export',
    path: (ids) => `packages/rights/pages/export/index?id=${ids.requestId}`,
  },
  {
    clause: 'BF.wechat-mini-program',
    name: 'member-card',
    path: () => 'packages/member/pages/card/index',
  },
  { clause: '§7.3', name: 'receipts', path: () => 'packages/member/pages/receipts/index' },
  { clause: '§7.3', name: 'parking', path: () => 'packages/member/pages/parking/index' },
  { clause: '§7.3', name: 'stores', path: () => 'packages/member/pages/stores/index' },
  {
    clause: '§3.3 §3.4 §3.5',
    name: 'marketing',
    path: () => 'packages/choices/pages/marketing/index',
  },
  { clause: '§1.6 §12', name: 'guardian', path: () => 'packages/choices/pages/guardian/index' },
  { clause: '§12.2 §14.1', name: 'history', path: () => 'packages/about/pages/history/index' },
  {
    clause: '§4 §8.1 §9 §10.2',
    name: 'transparency',
    path: () => 'packages/about/pages/transparency/index',
  },
]

/** The app's session, read from Taro's H5 storage ({"data": "<json>"}). */
async function sessionToken(j: Journey): Promise<string> {
  for (let i = 0; i < 40; i += 1) {
    const token = (await savedState(j.page))?.session?.token
    if (token) return token
    await j.page.waitForTimeout(250)
  }
  throw new Error('the app never logged in')
}

function must<T>(res: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!res.ok) throw new Error(JSON.stringify(res.error))
  return res.value
}

/**
 * What the pages with a route parameter need: a signed unsubscribe link for this member
 * (§3.4(b)) and a completed access request with its export (§10.1(a)), made through the API as
 * the member (phone, §10.3 SMS code) and the admin route.
 */
async function prepare(j: Journey, phone: string, laterPhone: string): Promise<Ids> {
  const token = await sessionToken(j)
  const me = memberClient(token)
  const profile = must(await me.call('updateProfile', { body: { phone } }))
  const sent = must(await me.call('sendSmsCode', { body: { purpose: 'rights-request' } }))
  const code = await lastSmsCode(phone)
  const verified = must(
    await me.call('verifySmsCode', { body: { verificationId: sent.verificationId, code } }),
  )
  const request = must(
    await me.call('createRightsRequest', {
      body: {
        type: 'access-copy',
        onBehalfOf: 'self',
        details: { categories: ['profile', 'consents'] },
        verificationToken: verified.verificationToken,
      },
    }),
  )
  must(await admin().call('adminAdvanceRightsRequest', { params: { id: request.id }, body: {} }))
  must(await admin().call('adminCompleteRightsRequest', { params: { id: request.id }, body: {} }))
  // A new verified number (bound from WeChat's phone code), so the verification screen's own
  // code is not held back by the resend cooldown: §10.3 codes go to the verified phone only.
  must(await me.call('bindPhone', { body: { code: `mockphone:${laterPhone}` } }))
  const link = must(
    await admin().call('adminUnsubscribeToken', {
      body: { userId: profile.userId, channel: 'all' },
    }),
  )
  return { unsubscribeToken: link.token, requestId: request.id }
}

describe.each(['zh-CN', 'en'] as const)('accessibility in %s', (lang) => {
  let j: Journey
  let ids: Ids
  let notice: A11yReport
  const base = () => j.page.url().split('#')[0]

  beforeAll(async () => {
    j = await startJourney(browser, 'a11y', { lang, userKey: `e2e-a11y-${lang}` })
    // First start: the notice is what a new user meets before anything else (§1.5).
    await j.page.locator(visible('.notice')).waitFor()
    await j.shot('notice')
    notice = await auditVisiblePage(j.page, 'pages/notice/index')
    await j.page
      .locator(visible('.notice'))
      .getByText(messages[lang].notice.agree, { exact: true })
      .click()
    await j.page.locator(visible('.home__title')).waitFor()
    ids =
      lang === 'en'
        ? await prepare(j, '13800002002', '13800002012')
        : await prepare(j, '13800002001', '13800002011')
  })
  afterAll(async () => {
    await j?.close()
  })

  it(`§1.5 notice: axe finds no serious/critical violation, every control named (WCAG 4.1.2), targets ≥ 44 px (WCAG 2.5.5) (${lang})`, () => {
    expectClean(lang, 'notice', notice)
  })

  /** Agrees on the separate consent screen of `purpose` and waits until it has gone back. */
  async function grantSeparately(purpose: string) {
    await open(`packages/choices/pages/separate/index?purpose=${purpose}`)
    await j.page.locator(visible('.separate-consent__agree')).click()
    await j.page.locator(visible('.separate-consent__agree')).waitFor({ state: 'hidden' })
  }

  /** Opens `path` (with its query) the way a link would, once the page is the one shown. */
  async function open(path: string) {
    // A navigateBack still settling (after a separate consent) can swallow the first hash
    // change: ask again rather than wait on a page that is not coming.
    for (let attempt = 1; ; attempt += 1) {
      await j.page.goto(`${base()}#/${path}`)
      try {
        await waitForVisiblePage(j.page, path.split('?')[0], 10000)
        return
      } catch (e) {
        if (attempt === 3) throw e
      }
    }
  }

  it.each(stops)(
    `$clause $name: axe finds no serious/critical violation, every control named (WCAG 4.1.2), targets ≥ 44 px (WCAG 2.5.5) (${lang})`,
    async (stop) => {
      const path = stop.path(ids)
      await open(path)
      await j.shot(stop.name)
      expectClean(lang, stop.name, await auditVisiblePage(j.page, path.split('?')[0]))
    },
  )

  it(`§1.5 guest mode after declining the notice (home, my consents, a separate consent): no serious/critical axe violation, named controls (WCAG 4.1.2), 44 px targets (WCAG 2.5.5) (${lang})`, async () => {
    const g = await startJourney(browser, 'a11y-guest', { lang, userKey: `e2e-a11y-guest-${lang}` })
    try {
      await g.page
        .locator(visible('.notice'))
        .getByText(messages[lang].notice.decline, { exact: true })
        .click()
      await g.page.locator(visible('.home__title')).waitFor()
      await g.shot('home-guest')
      expectClean(lang, 'home-guest', await auditVisiblePage(g.page, 'pages/index/index'))
      for (const [name, path] of [
        ['consent-center-guest', 'packages/choices/pages/center/index'],
        [
          'separate-consent-guest',
          'packages/choices/pages/separate/index?purpose=precise-location',
        ],
      ] as const) {
        await g.page.goto(`${g.page.url().split('#')[0]}#/${path}`)
        await waitForVisiblePage(g.page, path.split('?')[0])
        await g.shot(name)
        expectClean(lang, name, await auditVisiblePage(g.page, path.split('?')[0]))
      }
    } finally {
      await g.close()
    }
  })

  it(`§7.3 §10.1(d) the sheet confirming a withdrawal that deletes receipt photos: no serious/critical axe violation, named controls (WCAG 4.1.2), 44 px targets (WCAG 2.5.5) (${lang})`, async () => {
    await grantSeparately('receipt-photos')
    await open('packages/choices/pages/center/index')
    await j.page.locator(visible('.purpose-card--receipt-photos .consent-switch--on')).click()
    await j.page.locator(visible('.confirm-sheet__panel')).waitFor()
    await j.shot('withdraw-sheet')
    expectClean(
      lang,
      'withdraw-sheet',
      await auditVisiblePage(j.page, 'packages/choices/pages/center/index'),
    )
    await j.page.locator(visible('.confirm-sheet__cancel')).click()
  })

  it(`§7.3 the licence plate keyboard, provinces then letters and digits: no serious/critical axe violation, named keys (WCAG 4.1.2), 44 px keys (WCAG 2.5.5) (${lang})`, async () => {
    await grantSeparately('licence-plates')
    await open('packages/member/pages/parking/index')
    await j.page.locator(visible('.parking__add')).click()
    await j.page.locator(visible('.plate-kb')).waitFor()
    await j.shot('plate-keyboard-provinces')
    expectClean(
      lang,
      'plate-keyboard-provinces',
      await auditVisiblePage(j.page, 'packages/member/pages/parking/index'),
    )
    await j.page.locator(visible('.plate-kb__key')).first().click()
    await j.page.locator(visible('.plate-kb__box--active')).nth(0).waitFor()
    await j.shot('plate-keyboard-letters')
    expectClean(
      lang,
      'plate-keyboard-letters',
      await auditVisiblePage(j.page, 'packages/member/pages/parking/index'),
    )
  })

  it(`§10.3 identity verification by SMS code before a request is sent: no serious/critical axe violation, named controls (WCAG 4.1.2), 44 px targets (WCAG 2.5.5) (${lang})`, async () => {
    await open('packages/rights/pages/form/index?type=access-copy')
    await j.page.locator(visible('.rights__select-all')).click()
    await j.page.locator(visible('.rights__primary')).click()
    await j.page.locator(visible('.sms-verify')).waitFor()
    await j.shot('verify-send')
    expectClean(
      lang,
      'verify-send',
      await auditVisiblePage(j.page, 'packages/rights/pages/form/index'),
    )
    await j.page.locator(visible('.sms-verify__primary')).click()
    await j.page.locator(visible('.sms-verify__code')).waitFor()
    await j.shot('verify-code')
    expectClean(
      lang,
      'verify-code',
      await auditVisiblePage(j.page, 'packages/rights/pages/form/index'),
    )
  })
})
