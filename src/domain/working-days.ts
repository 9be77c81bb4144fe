/**
 * Working-day arithmetic in China Standard Time for the §10 rights-request due dates:
 * weekends and PRC public holidays are skipped and the official make-up working days count.
 * Pure; the holiday data is src/catalogue/holidays.ts.
 */
import { holidays, makeUpWorkdays } from '../catalogue/holidays'

// Beijing time lives in ./beijing-time; named here too for the callers that import it with
// the working-day arithmetic.
export { beijingDate, endOfBeijingDay } from './beijing-time'

const DAY_MS = 24 * 60 * 60 * 1000

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
