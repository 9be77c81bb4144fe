/**
 * Working-day arithmetic in China Standard Time for the §10 rights-request due dates:
 * weekends and PRC public holidays are skipped and the official make-up working days count.
 * Pure; the holiday data is src/catalogue/holidays.ts.
 *
 * The State Council publishes each year's arrangement late in the year before. For a day in a
 * year whose notice is not in the table (a projected year, or one past its end) the rule here
 * is a guess (projected holidays, or weekends only), so a count that crosses such a day says
 * it is an estimate rather than passing the guess off as the §10.3 deadline.
 */
import { holidayYears, holidays, makeUpWorkdays } from '../catalogue/holidays'

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

/** Years whose State Council notice is in the table as published (not projected). */
const publishedYears: ReadonlySet<number> = new Set(
  holidayYears.filter((y) => !y.projected).map((y) => y.year),
)

/** Whether the day's year has its official holiday arrangement in the table. */
export function isPublishedDay(isoDate: string): boolean {
  return publishedYears.has(Number(isoDate.slice(0, 4)))
}

export interface WorkingDaysCount {
  /** YYYY-MM-DD */
  readonly date: string
  /**
   * true when a day of the count lies in a year without its published arrangement: the date
   * is an estimate until that year's notice is in the table.
   */
  readonly estimated: boolean
}

/**
 * The date `n` working days after `isoDate` (the start day itself never counts, whether or
 * not it is a working day), and whether it is only an estimate.
 */
export function countWorkingDays(isoDate: string, n: number): WorkingDaysCount {
  let date = isoDate
  let left = n
  let estimated = false
  while (left > 0) {
    date = addCalendarDays(date, 1)
    if (!isPublishedDay(date)) estimated = true
    if (isWorkingDay(date)) left -= 1
  }
  return { date, estimated }
}

/** The date `n` working days after `isoDate` (see countWorkingDays, which says if it is exact). */
export function addWorkingDays(isoDate: string, n: number): string {
  return countWorkingDays(isoDate, n).date
}
