import { purposes } from '../../src/catalogue/purposes'
import {
  renderWeappPage,
  resetSetDataLog,
  setDataLog,
  simulate,
  tapByClass,
} from '../support/weapp-harness'

/** Elements by class in the weapp output (Taro may prefix a page's classes with "main--"). */
const all = (root: HTMLElement, name: string) =>
  Array.from(root.querySelectorAll(`[class~="main--${name}"], [class~="${name}"]`))

interface SimulatedPage {
  querySelector(
    selector: string,
  ): { dispatchEvent(name: string, detail?: unknown): void } | null | undefined
}

/**
 * Fires a WeChat event (not just tap) on a WXML node by its id: an element given an `id` in
 * TSX carries that id in WXML instead of Taro's generated sid.
 */
async function fire(page: SimulatedPage, id: string, event: string) {
  const node = page.querySelector(`#${id}`)
  if (!node) throw new Error(`no WXML node #${id}`)
  node.dispatchEvent(event)
  await simulate.sleep(30)
}

const optional = purposes.filter((p) => !p.required && p.group !== 'minors')

describe('weapp output: the consent center (§10.1(d))', () => {
  it('§1.5 §3.8 renders every group, nothing pre-ticked, necessary items without a switch', async () => {
    const { root } = await renderWeappPage('packages/choices/pages/center/index')
    expect(all(root, 'consent-center__title')[0]?.textContent).toBe('我的同意')
    expect(all(root, 'consent-center__group-title')).toHaveLength(8)
    expect(all(root, 'consent-switch')).toHaveLength(optional.length)
    expect(all(root, 'consent-switch--on')).toHaveLength(0)
    const necessary = all(root, 'purpose-card--membership-account')[0]
    expect(necessary?.textContent).toContain('必要')
    expect(necessary?.querySelector('[class~="consent-switch"]')).toBeNull()
  })

  it('§1.5 §3.4 after the notice is agreed (agreePrivacyAuthorization), one tap on a switch turns it on through WXML and setData', async () => {
    // The agree button answers through WeChat's open-type event, as on a phone.
    const notice = await renderWeappPage('pages/notice/index')
    await fire(notice.page, 'notice-agree', 'agreeprivacyauthorization')

    const { page, root } = await renderWeappPage('packages/choices/pages/center/index')
    expect(all(root, 'consent-center__guest')).toHaveLength(0)
    resetSetDataLog()
    // The first switch on the page belongs to the first optional purpose of the first group.
    await tapByClass(page, root, 'consent-switch')
    const on = all(root, 'consent-switch--on')
    expect(on).toHaveLength(1)
    expect(all(root, 'purpose-card--member-profile')[0]?.textContent).toContain('已开启')
    expect(setDataLog.length).toBeGreaterThan(0)

    // And one tap turns it off again (member profile deletes data: one confirmation).
    await tapByClass(page, root, 'consent-switch')
    await tapByClass(page, root, 'confirm-sheet__confirm')
    expect(all(root, 'consent-switch--on')).toHaveLength(0)
  })
})
