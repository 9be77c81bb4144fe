/**
 * Runs the real weapp build (dist/weapp) in miniprogram-simulate: Taro's base.wxml compiled by
 * the official WXML compiler, the page's real JS, real setData. Small shims stand in for what
 * only WeChat provides: Page() as Component(), App/getApp, storage.
 */
import fs from 'fs'
import path from 'path'
import simulate from 'miniprogram-simulate'
import type { AppStore } from '../../src/store/create-app-store'
import { buildTestStore } from './store'

export const weappDist = path.resolve(__dirname, '../..', process.env.WEAPP_DIST ?? 'dist/weapp')

interface SetDataCall {
  readonly bytes: number
  readonly keys: readonly string[]
}

type PageOptions = Record<string, unknown> & {
  data?: Record<string, unknown>
  onLoad?: (this: unknown, query: Record<string, string>) => void
  onReady?: (this: unknown) => void
  onShow?: (this: unknown) => void
  onUnload?: (this: unknown) => void
}

let appInstance: Record<string, unknown> | undefined
/** The query the next page is opened with (WeChat hands it to onLoad; Taro's router reads it). */
let pageQuery: Record<string, string> = {}
/** The shimmed wx storage: seed it before the first render to start the app on saved state. */
export const memoryStorage = new Map<string, unknown>()
export const setDataLog: SetDataCall[] = []
/** The pages the app opened with wx.navigateTo, in order. */
export const navigations: string[] = []

/** What a privacy ask was answered with (WeChat's resolve({ event, buttonId })). */
export interface PrivacyResolution {
  readonly event: string
  readonly buttonId?: string
}
type PrivacyListener = (resolve: (r: PrivacyResolution) => void, info: { referrer: string }) => void
let privacyListener: PrivacyListener | undefined

/**
 * WeChat calling the app's onNeedPrivacyAuthorization listener, as it does when a page calls a
 * privacy API before the user agreed: every answer the app gives is recorded in `answers`.
 */
export function askPrivacy(referrer: string) {
  if (!privacyListener) throw new Error('the app registered no onNeedPrivacyAuthorization listener')
  const answers: PrivacyResolution[] = []
  privacyListener((r) => void answers.push(r), { referrer })
  return answers
}

/**
 * Starts the app on a phone with saved state: `prepare` acts on a store (the app's own store
 * code), whose saved keys then seed the shimmed storage. Call before the first render.
 */
export function seedSavedState(prepare: (store: AppStore) => void): void {
  const saved = buildTestStore()
  prepare(saved.store)
  for (const [k, v] of Object.entries(saved.storage.dump())) memoryStorage.set(k, v)
}

function installGlobals(systemLanguage: string) {
  const g = global as unknown as Record<string, unknown>
  const wx = (g.wx ?? {}) as Record<string, unknown>
  Object.assign(wx, {
    getStorageSync: (key: string) => (memoryStorage.has(key) ? memoryStorage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void memoryStorage.set(key, value),
    removeStorageSync: (key: string) => void memoryStorage.delete(key),
    getStorageInfoSync: () => ({
      keys: [...memoryStorage.keys()],
      currentSize: 0,
      limitSize: 10240,
    }),
    getSystemInfoSync: () => ({
      language: systemLanguage,
      windowWidth: 375,
      windowHeight: 667,
      pixelRatio: 2,
      platform: 'devtools',
      system: 'iOS 17',
      SDKVersion: '3.6.0',
    }),
    onNeedPrivacyAuthorization: (listener: PrivacyListener) => {
      privacyListener = listener
    },
    getPrivacySetting: (o: { success?: (r: unknown) => void }) =>
      o.success?.({ needAuthorization: false, privacyContractName: '' }),
    onNetworkStatusChange: () => undefined,
    onAppShow: () => undefined,
    onAppHide: () => undefined,
    request: (o: { fail?: (e: unknown) => void }) => o.fail?.({ errMsg: 'request:fail offline' }),
    navigateTo: (o: { url: string }) => void navigations.push(o.url),
    reLaunch: () => undefined,
  })
  g.wx = wx
  g.App = (options: Record<string, unknown>) => {
    appInstance = options
    ;(options.onLaunch as ((o: unknown) => void) | undefined)?.call(options, { query: {} })
    ;(options.onShow as ((o: unknown) => void) | undefined)?.call(options, { query: {} })
  }
  g.getApp = () => appInstance
  g.getCurrentPages = () => []
  // A Taro page is a Page(); miniprogram-simulate renders Components: map the lifecycles.
  g.Page = (options: PageOptions) => {
    const methods: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v
    ;(g.Component as (o: unknown) => void)({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: Record<string, unknown>) {
          const originalSetData = this.setData as (
            d: Record<string, unknown>,
            cb?: () => void,
          ) => void
          this.setData = (data: Record<string, unknown>, cb?: () => void) => {
            setDataLog.push({ bytes: JSON.stringify(data).length, keys: Object.keys(data) })
            originalSetData.call(this, data, cb)
          }
          this.route = (options.route as string) ?? ''
          options.onLoad?.call(this, pageQuery)
          options.onShow?.call(this)
          options.onReady?.call(this)
        },
        detached(this: unknown) {
          options.onUnload?.call(this)
        },
      },
    })
  }
}

let appLoaded = false
const loadedRoutes = new Map<string, string>()

/** Loads app.js once (the Taro runtime and the React app), then the page at `route`. */
export async function renderWeappPage(
  route: string,
  opts: { systemLanguage?: string; query?: Record<string, string> } = {},
) {
  pageQuery = opts.query ?? {}
  if (!fs.existsSync(path.join(weappDist, 'app.js'))) {
    throw new Error('dist/weapp is missing: run `npm run build:weapp` first')
  }
  installGlobals(opts.systemLanguage ?? 'zh_CN')
  if (!appLoaded) {
    require(path.join(weappDist, 'app.js'))
    appLoaded = true
  }
  // A page's chunk runs once per process (webpack marks it installed), so its registered
  // definition is reused for every later render of the same route.
  const id =
    loadedRoutes.get(route) ?? simulate.load(path.join(weappDist, route), { rootPath: weappDist })
  loadedRoutes.set(route, id)
  const page = simulate.render(id)
  const parent = document.createElement('parent-wrapper')
  page.attach(parent)
  const root = page.dom as HTMLElement
  // Taro's first render arrives through setData on a later tick; on a busy machine that can
  // take a while, so wait for content rather than a fixed time.
  for (let waited = 0; waited < 10_000 && root.childElementCount === 0; waited += 25) {
    await simulate.sleep(25)
  }
  await settle()
  return { page, root }
}

/** Waits until setData has been quiet for 60 ms (at most 5 s): the UI reflects the last event. */
export async function settle() {
  let seen = -1
  for (let waited = 0; waited < 5_000 && seen !== setDataLog.length; waited += 60) {
    seen = setDataLog.length
    await simulate.sleep(60)
  }
}

export function resetSetDataLog() {
  setDataLog.length = 0
}

export { simulate }

interface SimulatedComponent {
  querySelector(selector: string): { dispatchEvent(name: string, detail?: unknown): void } | null
}

/**
 * Taps the first element carrying `className` through WeChat's event path: the WXML element
 * (found by the sid Taro renders) dispatches `tap`, which Taro's `eh` handler routes to React.
 */
export async function tapByClass(page: unknown, root: HTMLElement, className: string) {
  const el = root.querySelector(`[class~="main--${className}"], [class~="${className}"]`)
  const sid = el?.getAttribute('data-sid')
  if (!sid) throw new Error(`no element with class ${className}`)
  const target = (page as SimulatedComponent).querySelector(`#${sid}`)
  if (!target) throw new Error(`no WXML node #${sid}`)
  target.dispatchEvent('tap')
  await settle()
}

/** Taps the element matching a CSS selector written with the app's class names. */
export async function tapSelector(page: unknown, root: HTMLElement, selector: string) {
  const prefixed = selector.replace(/\.([\w-]+)/g, '.main--$1')
  const el = root.querySelector(prefixed)
  const sid = el?.getAttribute('data-sid')
  if (!sid) throw new Error(`no element matches ${selector}`)
  const target = (page as SimulatedComponent).querySelector(`#${sid}`)
  if (!target) throw new Error(`no WXML node #${sid}`)
  target.dispatchEvent('tap')
  await settle()
}

/** Every page route of the built app: main package first, then each subpackage. */
export function weappRoutes(): { route: string; subpackage: string | null }[] {
  const app = JSON.parse(fs.readFileSync(path.join(weappDist, 'app.json'), 'utf8')) as {
    pages: string[]
    subPackages?: { root: string; pages: string[] }[]
  }
  return [
    ...app.pages.map((route) => ({ route, subpackage: null })),
    ...(app.subPackages ?? []).flatMap((p) =>
      p.pages.map((page) => ({ route: `${p.root}/${page}`, subpackage: p.root })),
    ),
  ]
}

interface SimulatedNode {
  _exparserNode?: { _vt?: { attrs: readonly { name: string; value: unknown }[] } }
}

/**
 * The attributes WeChat receives on the element matching `selector` (the app's class names), as
 * base.wxml evaluated them, by camelCase name (`aria-role` as ariaRole). miniprogram-simulate's
 * DOM keeps only class, style, id and data-*, so the aria attributes (WCAG 4.1.2) are read from
 * its virtual tree of the WXML.
 */
export function wxmlAttributes(
  page: unknown,
  root: HTMLElement,
  selector: string,
): Record<string, unknown> {
  // An element given an id in TSX carries it in WXML instead of Taro's sid.
  const el = selector.startsWith('#')
    ? null
    : (root.querySelector(selector.replace(/\.([\w-]+)/g, '.main--$1')) ??
      root.querySelector(selector))
  const id = selector.startsWith('#') ? selector.slice(1) : el?.getAttribute('data-sid')
  if (!id) throw new Error(`no element matches ${selector}`)
  const node = (page as { querySelector(s: string): SimulatedNode | null }).querySelector(`#${id}`)
  const attrs = node?._exparserNode?._vt?.attrs
  if (!attrs) throw new Error(`no WXML node #${id}`)
  return Object.fromEntries(attrs.map((a) => [a.name, a.value]))
}
