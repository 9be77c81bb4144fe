/**
 * The notice LCP budget (bench/index.ts): on H5, work the first screen does not need waits for the browser's
 * first contentful paint; where that paint cannot be observed it is not waited for at all.
 */
import { afterFirstPaint, firstPaintDone } from '../../../src/services/first-paint'

type Listener = (list: { getEntriesByName(name: string): unknown[] }) => void

/** A browser whose paint timing the test drives. */
function fakeBrowser() {
  const painted: string[] = []
  const observers: Array<{ listener: Listener; connected: boolean }> = []
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint']
    private readonly entry: { listener: Listener; connected: boolean }
    constructor(listener: Listener) {
      this.entry = { listener, connected: false }
      observers.push(this.entry)
    }
    observe() {
      this.entry.connected = true
    }
    disconnect() {
      this.entry.connected = false
    }
  }
  const g = globalThis as unknown as Record<string, unknown>
  const saved = { PerformanceObserver: g.PerformanceObserver, performance: g.performance }
  g.PerformanceObserver = FakeObserver
  g.performance = { getEntriesByName: (name: string) => painted.filter((p) => p === name) }
  process.env.TARO_ENV = 'h5'
  return {
    paint(name = 'first-contentful-paint') {
      painted.push(name)
      for (const o of observers.filter((x) => x.connected)) {
        o.listener({ getEntriesByName: (n) => (n === name ? [name] : []) })
      }
    },
    connected: () => observers.filter((o) => o.connected).length,
    restore() {
      g.PerformanceObserver = saved.PerformanceObserver
      g.performance = saved.performance
      Reflect.deleteProperty(process.env, 'TARO_ENV')
    },
  }
}

describe('LCP budget: afterFirstPaint', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('runs after the first contentful paint, in a task of its own, and only once', () => {
    const browser = fakeBrowser()
    try {
      const fn = jest.fn()
      afterFirstPaint(fn)
      expect(firstPaintDone()).toBe(false)
      browser.paint('first-paint')
      jest.advanceTimersByTime(10)
      expect(fn).not.toHaveBeenCalled()
      browser.paint()
      expect(fn).not.toHaveBeenCalled()
      jest.advanceTimersByTime(1)
      expect(fn).toHaveBeenCalledTimes(1)
      expect(browser.connected()).toBe(0)
      jest.advanceTimersByTime(5000)
      expect(fn).toHaveBeenCalledTimes(1)
      expect(firstPaintDone()).toBe(true)
    } finally {
      browser.restore()
    }
  })

  it('does not wait for a paint that never comes (a hidden tab) longer than the fallback', () => {
    const browser = fakeBrowser()
    try {
      const fn = jest.fn()
      afterFirstPaint(fn, 1500)
      jest.advanceTimersByTime(1499)
      expect(fn).not.toHaveBeenCalled()
      jest.advanceTimersByTime(1)
      expect(fn).not.toHaveBeenCalled()
      jest.advanceTimersByTime(1)
      expect(fn).toHaveBeenCalledTimes(1)
      expect(browser.connected()).toBe(0)
      browser.paint()
      jest.advanceTimersByTime(10)
      expect(fn).toHaveBeenCalledTimes(1)
    } finally {
      browser.restore()
    }
  })

  it('runs at once (in the next task) when the paint already happened, and can be cancelled', () => {
    const browser = fakeBrowser()
    try {
      browser.paint()
      const fn = jest.fn()
      afterFirstPaint(fn)
      jest.advanceTimersByTime(1)
      expect(fn).toHaveBeenCalledTimes(1)
      const cancelled = jest.fn()
      afterFirstPaint(cancelled)()
      jest.advanceTimersByTime(2000)
      expect(cancelled).not.toHaveBeenCalled()
    } finally {
      browser.restore()
    }
  })

  it('waits for nothing where paint timing cannot be observed (WeChat, tests)', () => {
    expect(process.env.TARO_ENV).toBeUndefined()
    expect(firstPaintDone()).toBe(true)
    const fn = jest.fn()
    afterFirstPaint(fn)
    jest.advanceTimersByTime(1)
    expect(fn).toHaveBeenCalledTimes(1)
  })
})
