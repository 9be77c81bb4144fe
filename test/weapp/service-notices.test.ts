/**
 * §3.5 on the real WeChat output: WeChat opens a subscribe dialog only when
 * wx.requestSubscribeMessage is called inside the tap's own handling ("can only be invoked by
 * user TAP gesture"). The receipt upload's tap, dispatched through WXML and Taro's event path,
 * must make that call while the tap is being handled, before anything is awaited, for the
 * receipt review template only. (Checked by moving the call behind one await in a copy of the
 * build: the test then fails.)
 */
import { serviceNoticeByKey } from '../../src/catalogue/subscribe-templates'
import { renderWeappPage, seedSavedState, settle } from '../support/weapp-harness'

interface SimulatedNode {
  readonly dom: HTMLElement
  dispatchEvent(name: string, options?: unknown): void
}
interface SimulatedPage {
  querySelector(s: string): SimulatedNode | null
}

const REVIEW = serviceNoticeByKey['receipt-review'].templateId

beforeAll(() =>
  seedSavedState((store) => {
    store.getState().decideNotice('accepted')
    store.getState().recordChoice({
      purposeIds: ['receipt-photos'],
      action: 'grant',
      source: 'separate-consent',
    })
  }),
)

/** The WXML node of the first element with this class (Taro renders its sid as the id). */
function node(page: unknown, root: HTMLElement, className: string) {
  const el = root.querySelector(`[class~="main--${className}"], [class~="${className}"]`)
  const sid = el?.getAttribute('data-sid')
  const found = sid ? (page as SimulatedPage).querySelector(`#${sid}`) : null
  if (!found) throw new Error(`no WXML node for .${className}`)
  return found
}

describe('§3.5 weapp output: the subscribe dialog is asked from the tap', () => {
  it('§3.5 §3.1(m) the upload tap calls wx.requestSubscribeMessage inside the tap’s own handling, for the review template only', async () => {
    const calls: { inTap: boolean; tmplIds: readonly string[] }[] = []
    let inTap = false
    // WeChat's API as the app finds it at launch (Taro wraps what wx has when app.js loads).
    const g = global as unknown as { wx?: Record<string, unknown> }
    // miniprogram-simulate provides wx (the harness adds to it in place, as here).
    g.wx = Object.assign(g.wx ?? {}, {
      requestSubscribeMessage: (o: {
        tmplIds: string[]
        success?: (r: Record<string, string>) => void
      }) => {
        calls.push({ inTap, tmplIds: o.tmplIds })
        o.success?.({ errMsg: 'requestSubscribeMessage:ok', [REVIEW]: 'reject' })
      },
      // Nothing else answers: the photo is never picked, which is not what this test is about.
      getSetting: (o: { fail?: (e: unknown) => void }) => o.fail?.({ errMsg: 'getSetting:fail' }),
      chooseMedia: (o: { fail?: (e: unknown) => void }) => o.fail?.({ errMsg: 'cancel' }),
    })
    const { page, root } = await renderWeappPage('packages/member/pages/receipts/index')
    node(page, root, 'receipts__input').dispatchEvent('input', { detail: { value: '88' } })
    await settle()
    expect(calls).toEqual([])
    // j-component delivers the tap in a microtask: first to the DOM element, then, in the same
    // turn, through exparser to Taro's handler. "In the tap" is that turn: it ends with the
    // microtask queued here, before anything the handler awaits can run.
    const album = node(page, root, 'receipts__album')
    album.dom.addEventListener('tap', () => {
      inTap = true
      void Promise.resolve().then(() => (inTap = false))
    })
    album.dispatchEvent('tap')
    await settle()
    expect(calls).toEqual([{ inTap: true, tmplIds: [REVIEW] }])
    expect(inTap).toBe(false)
  })
})
