/**
 * H5: the moment the browser has painted the first screen's content, so work the first screen
 * does not need stays off its critical path (notice LCP budget, bench/). Elsewhere (WeChat, tests,
 * browsers without paint timing) there is nothing to wait for. The platform test opens each
 * function so the WeChat build keeps none of the browser code.
 */
function paintObservable(): boolean {
  return (
    typeof PerformanceObserver !== 'undefined' &&
    typeof performance !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('paint')
  )
}

/** True once the first contentful paint happened, or where it cannot be observed. */
export function firstPaintDone(): boolean {
  if (process.env.TARO_ENV !== 'h5') return true
  return !paintObservable() || performance.getEntriesByName('first-contentful-paint').length > 0
}

/**
 * Runs `fn` in a task of its own after the first contentful paint (at once where there is
 * nothing to wait for). A paint that never comes (a hidden tab) is waited for `fallbackMs` at
 * most. Returns a cancel function.
 */
export function afterFirstPaint(fn: () => void, fallbackMs = 1500): () => void {
  const stops: Array<() => void> = []
  let done = false
  const stop = () => {
    done = true
    for (const s of stops) s()
  }
  const run = () => {
    if (done) return
    stop()
    // A task of its own: the frame that painted has finished.
    const timer = setTimeout(fn, 0)
    stops.push(() => clearTimeout(timer))
  }
  if (process.env.TARO_ENV !== 'h5' || firstPaintDone()) {
    run()
    return stop
  }
  const timer = setTimeout(run, fallbackMs)
  stops.push(() => clearTimeout(timer))
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) run()
  })
  stops.push(() => observer.disconnect())
  observer.observe({ type: 'paint', buffered: true })
  return stop
}
