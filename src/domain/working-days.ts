/**
 * Working-day arithmetic in China Standard Time for the §10 rights-request due dates:
 * weekends and PRC public holidays are skipped and the official make-up working days count.
 * Pure; the holiday data is src/catalogue/holidays.ts.
 */
import { holidays, makeUpWorkdays } from '../catalogue/holidays'

/** Beijing is UTC+8 all year (no daylight saving). */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** The calendar date in Beijing of an instant, as YYYY-MM-DD. */
export function beijingDate(epochMs: number): string {
  return new Date(epochMs + CST_OFFSET_MS).toISOString().slice(0, 10)
}

export function isWorkingDay(isoDate: string): boolean {
  if (makeUpWorkdays.has(isoDate)) return true
  if (holidays.has(isoDate)) return false
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

export function addCalendarDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The date `n` working days after `isoDate` (the start day itself never counts, whether or
 * not it is a working day).
 */
export function addWorkingDays(isoDate: string, n: number): string {
  let date = isoDate
  let left = n
  while (left > 0) {
    date = addCalendarDays(date, 1)
    if (isWorkingDay(date)) left -= 1
  }
  return date
}

/** The last instant (23:59:59.999 Beijing time) of a Beijing calendar date, as epoch ms. */
export function endOfBeijingDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) - CST_OFFSET_MS + DAY_MS - 1
}
