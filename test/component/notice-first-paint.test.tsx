/**
 * LCP budget (bench/): on H5 the notice's first paint shows what a 375×667 screen shows (the
 * first summary, its largest text, and the fixed agree/decline bar); the rest follows right after it. Everything
 * is still there (§1.5: the notice before anything is collected), only not laid out before the
 * first screen is on the glass.
 */
import { policy } from '../../src/catalogue/policy'
import Notice from '../../src/pages/notice/index'
import { mountPage } from '../support/render'

type Listener = (list: { getEntriesByName(name: string): unknown[] }) => void

/** A browser whose paint timing the test drives (jsdom has none). */
function paintTiming() {
  const painted: string[] = []
  const listeners: Listener[] = []
  const g = globalThis as unknown as Record<string, unknown>
  const saved = { observer: g.PerformanceObserver, env: process.env.TARO_ENV }
  const perf = performance as unknown as Record<string, unknown>
  const savedGet = perf.getEntriesByName
  g.PerformanceObserver = class {
    static supportedEntryTypes = ['paint']
    constructor(private readonly listener: Listener) {}
    observe() {
      listeners.push(this.listener)
    }
    disconnect() {
      listeners.splice(listeners.indexOf(this.listener), 1)
    }
  }
  perf.getEntriesByName = (name: string) =>
    name === 'first-contentful-paint' && painted.length > 0 ? [{ name }] : []
  process.env.TARO_ENV = 'h5'
  return {
    paint() {
      painted.push('first-contentful-paint')
      for (const l of [...listeners]) l({ getEntriesByName: () => [{}] })
    },
    restore() {
      g.PerformanceObserver = saved.observer
      perf.getEntriesByName = savedGet
      if (saved.env === undefined) Reflect.deleteProperty(process.env, 'TARO_ENV')
      else process.env.TARO_ENV = saved.env
    },
  }
}

describe('the notice around the first paint (H5)', () => {
  it('§1.5 the notice paints its first section and the agree/decline bar first, and every section, its decision text and footer right after the first paint', async () => {
    const browser = paintTiming()
    try {
      const { testUtils } = await mountPage(Notice)
      await testUtils.queries.waitForQuerySelector('.notice__title')
      const items = () => document.querySelectorAll('.psl__item')
      expect(items()).toHaveLength(1)
      expect(document.body.textContent).toContain(policy.sections[0]?.summary['zh-CN'])
      // The decision stays in reach from the first paint on (the fixed bar); its explanation
      // and the footer are below the fold and follow.
      expect(document.querySelector('.notice__agree')).not.toBeNull()
      expect(document.querySelector('.notice__decline')).not.toBeNull()
      expect(document.querySelector('.notice__decision')).toBeNull()
      expect(document.querySelector('.page-footer')).toBeNull()

      browser.paint()
      await testUtils.queries.waitForQuerySelector(
        `.psl__item:nth-child(${policy.sections.length})`,
      )
      expect(items()).toHaveLength(policy.sections.length)
      const last = policy.sections[policy.sections.length - 1]
      expect(document.body.textContent).toContain(last?.summary['zh-CN'])
      expect(document.querySelector('.notice__decision')).not.toBeNull()
      expect(document.querySelector('.page-footer')).not.toBeNull()
    } finally {
      browser.restore()
    }
  })
})
