/**
 * E-parking fees (§2.1(c), mock tariff): members park the first hour free, then ¥10 per
 * started hour, at most ¥120 a day. Points pay the fee at a fixed rate. Pure.
 */

const HOUR = 3_600_000
export const FREE_MS = HOUR
export const FEN_PER_HOUR = 1000
export const DAILY_CAP_FEN = 12_000

export function parkingFeeFen(enteredAt: number, until: number): number {
  const ms = Math.max(0, until - enteredAt)
  if (ms <= FREE_MS) return 0
  const days = Math.floor(ms / (24 * HOUR))
  const rest = ms - days * 24 * HOUR
  const restHours = Math.ceil(Math.max(0, rest - (days === 0 ? FREE_MS : 0)) / HOUR)
  return days * DAILY_CAP_FEN + Math.min(DAILY_CAP_FEN, restHours * FEN_PER_HOUR)
}

/** Points needed for a fee: `pointsPerYuan` points per yuan, rounded up to a whole point. */
export function pointsForFee(feeFen: number, pointsPerYuan: number): number {
  return Math.ceil((feeFen * pointsPerYuan) / 100)
}

/**
 * The redemption id of paying one stay: the same stay always gives the same id, so paying
 * twice (a double tap, a retry after a timeout) is one payment on the backend.
 */
export function parkingRedemptionId(sessionId: string): string {
  return `parking.${sessionId}`
}

/** "2 h 35 min" parts, for the pages to word in their language. */
export function durationParts(ms: number): { hours: number; minutes: number } {
  const minutes = Math.max(0, Math.floor(ms / 60_000))
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 }
}
