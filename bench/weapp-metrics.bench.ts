/**
 * setData traffic and WXML size, counted on the real weapp output in miniprogram-simulate:
 * every page's first render (calls, bytes, WXML nodes) and one consent toggle in the consent
 * center. Writes .bench/weapp.json for `npm run bench`.
 */
import fs from 'fs'
import path from 'path'
import {
  renderWeappPage,
  resetSetDataLog,
  seedSavedState,
  setDataLog,
  settle,
  tapSelector,
  weappRoutes,
} from '../test/support/weapp-harness'

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
const detach = (page: unknown) => (page as { detach(): void }).detach()

it('measures first renders and a consent toggle', async () => {
  const pages: Record<string, { setDataCalls: number; setDataBytes: number; wxmlNodes: number }> =
    {}
  // Every page as a guest who declined the notice: on first start the start page renders
  // nothing of its own before the notice, and its full render is what a returning user gets.
  seedSavedState((store) => store.getState().decideNotice('declined'))
  for (const { route } of weappRoutes()) {
    resetSetDataLog()
    const { page, root } = await renderWeappPage(route)
    pages[route] = {
      setDataCalls: setDataLog.length,
      setDataBytes: sum(setDataLog.map((c) => c.bytes)),
      wxmlNodes: root.querySelectorAll('*').length + 1,
    }
    // Each page is measured as its own visit: it is unloaded before the next one, as WeChat
    // does on reLaunch/redirectTo. Left attached, every page rendered so far would count its
    // own setData in the toggle below (21 live pages at once, which WeChat never has).
    detach(page)
  }
  // A member who agreed to the notice (WeChat's agreePrivacyAuthorization event) toggles one
  // marketing channel. A first agreement reLaunches home, which unloads the notice page.
  const notice = await renderWeappPage('pages/notice/index')
  ;(notice.page as { querySelector(s: string): { dispatchEvent(e: string): void } | null })
    .querySelector('#notice-agree')
    ?.dispatchEvent('agreeprivacyauthorization')
  await settle()
  detach(notice.page)
  const { page, root } = await renderWeappPage('packages/choices/pages/center/index')
  resetSetDataLog()
  await tapSelector(page, root, '.purpose-card--marketing-sms .consent-switch')
  const toggle = { calls: setDataLog.length, bytes: sum(setDataLog.map((c) => c.bytes)) }
  const out = path.resolve(__dirname, '..', '.bench')
  fs.mkdirSync(out, { recursive: true })
  fs.writeFileSync(path.join(out, 'weapp.json'), JSON.stringify({ pages, toggle }, null, 2) + '\n')
  expect(Object.keys(pages).length).toBeGreaterThan(0)
})
