/** Fixed-window rate limits in memory (login, verification: §10.3 brute-force protection). */
export interface RateLimit {
  readonly limit: number
  readonly windowMs: number
}

export function createRateLimiter(clock: () => number) {
  const windows = new Map<string, { start: number; count: number }>()
  /** Counts a hit; answers how long to wait (ms) when over the limit, else 0. */
  return function hit(key: string, rule: RateLimit): number {
    const now = clock()
    const w = windows.get(key)
    if (!w || now - w.start >= rule.windowMs) {
      if (windows.size > 50_000) windows.clear() // bounded memory under abuse
      windows.set(key, { start: now, count: 1 })
      return 0
    }
    w.count += 1
    return w.count > rule.limit ? w.start + rule.windowMs - now : 0
  }
}
export type RateLimiter = ReturnType<typeof createRateLimiter>
