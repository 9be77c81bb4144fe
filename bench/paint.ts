/**
 * FCP, LCP and total blocking time of the H5 notice page (the first screen a new user sees)
 * and of a bare Taro hello world, in headless Chromium on this machine, median of 5 loads.
 * Beside them, the bytes of the scripts each index.html loads before the first render (the
 * entry and its initial chunks): the main lever on this machine (issue 9).
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { launch } from '../test/e2e/support/browser'
import { serveStatic } from '../test/e2e/support/static-server'

interface Paint {
  fcpMs: number
  lcpMs: number
  tbtMs: number
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

async function measure(url: string, runs = 5): Promise<Paint> {
  const browser = await launch()

  const samples: Paint[] = []
  try {
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({
        viewport: { width: 375, height: 667 },
        locale: 'zh-CN',
      })
      const page = await context.newPage()
      await page.addInitScript(() => {
        const w = window as unknown as { __lcp: number; __tbt: number }
        w.__lcp = 0
        w.__tbt = 0
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__lcp = e.startTime
        }).observe({ type: 'largest-contentful-paint', buffered: true })
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__tbt += Math.max(0, e.duration - 50)
        }).observe({ type: 'longtask', buffered: true })
      })
      await page.goto(url, { waitUntil: 'networkidle' })
      await page.waitForTimeout(500)
      const m = await page.evaluate(() => {
        const w = window as unknown as { __lcp: number; __tbt: number }
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
        return { fcpMs: fcp, lcpMs: w.__lcp, tbtMs: w.__tbt }
      })
      samples.push(m)
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return {
    fcpMs: Math.round(median(samples.map((s) => s.fcpMs))),
    lcpMs: Math.round(median(samples.map((s) => s.lcpMs))),
    tbtMs: Math.round(median(samples.map((s) => s.tbtMs))),
  }
}

/** Bytes of the scripts a build's index.html loads (the entry and its initial chunks). */
export function entryScriptBytes(dist: string): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  let bytes = 0
  for (const m of html.matchAll(/<script[^>]*\ssrc="\/?([^"]+)"/g)) {
    bytes += statSync(join(dist, m[1] ?? '')).size
  }
  return bytes
}

export async function measurePaint(appDist: string, helloDist: string) {
  const app = await serveStatic(appDist, 0)
  const hello = await serveStatic(helloDist, 0)
  const port = (s: typeof app) => (s.address() as { port: number }).port
  try {
    const notice = await measure(`http://127.0.0.1:${port(app)}/#/pages/notice/index`)
    const bare = await measure(`http://127.0.0.1:${port(hello)}/`)
    return {
      ...notice,
      helloWorldLcpMs: bare.lcpMs,
      helloWorldFcpMs: bare.fcpMs,
      entryJsBytes: entryScriptBytes(appDist),
      helloWorldEntryJsBytes: entryScriptBytes(helloDist),
    }
  } finally {
    app.close()
    hello.close()
  }
}
