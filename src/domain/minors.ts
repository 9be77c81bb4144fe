/**
 * §1.6, §12: the age limit. Dates are calendar dates 'YYYY-MM-DD' (the caller passes today's
 * date in Beijing time); no clock is read here.
 *
 * Counting follows the Civil Code (Arts. 201-203): the day of birth is not counted, a period in
 * years ends on the corresponding day of the final year, or on the last day of the month when
 * there is none (29 Feb in a common year -> 28 Feb), and ends at midnight of that day. So a
 * child is "under 14" up to and including the 14th birthday and turns 14 the day after, as
 * the courts also count full years of age ("从周岁生日的第二天起算"). When in doubt the child
 * is protected.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function parse(date: string): CalendarDate | undefined {
  const m = ISO_DATE.exec(date)
  if (m === null) return undefined
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return { year, month, day }
}

/** A real calendar date written 'YYYY-MM-DD' (for form validation before isUnder14). */
export function isValidIsoDate(date: string): boolean {
  return parse(date) !== undefined
}

function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

/**
 * The last day of the first `years` years of life: the `years`-th birthday, or 28 Feb for a
 * 29 Feb birthday in a common year (Civil Code Art. 202).
 */
export function lastDayOfYearsOfAge(birthDate: string, years: number): string {
  const b = parseOrThrow(birthDate)
  const year = b.year + years
  const day = Math.min(b.day, daysInMonth(year, b.month))
  return `${String(year).padStart(4, '0')}-${pad(b.month)}-${pad(day)}`
}

/**
 * §1.6, §12.1: whether someone born on `birthDate` is under 14 on `today`. Throws on a date
 * that is not a real 'YYYY-MM-DD' date: validate input with isValidIsoDate first.
 */
export function isUnder14(birthDate: string, today: string): boolean {
  const lastDay = parseOrThrow(lastDayOfYearsOfAge(birthDate, 14))
  return compare(parseOrThrow(today), lastDay) <= 0
}

function parseOrThrow(date: string): CalendarDate {
  const d = parse(date)
  if (d === undefined) throw new RangeError(`not a calendar date: ${date}`)
  return d
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
