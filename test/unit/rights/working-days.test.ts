import fc from 'fast-check'
import { holidayYears, holidays, makeUpWorkdays } from '../../../src/catalogue/holidays'
import { beijingDate, endOfBeijingDay } from '../../../src/domain/beijing-time'
import {
  addWorkingDays,
  countWorkingDays,
  isPublishedDay,
  isWorkingDay,
} from '../../../src/domain/working-days'

describe('PRC working days for §10 due dates', () => {
  it('weekends are off and weekdays are on, outside holidays', () => {
    expect(isWorkingDay('2026-11-24')).toBe(true) // Tuesday
    expect(isWorkingDay('2026-11-28')).toBe(false) // Saturday
    expect(isWorkingDay('2026-11-29')).toBe(false) // Sunday
  })

  it('public holidays are off and official make-up Saturdays and Sundays are on', () => {
    expect(isWorkingDay('2026-10-01')).toBe(false) // National Day
    expect(isWorkingDay('2026-02-16')).toBe(false) // Spring Festival (Monday)
    expect(isWorkingDay('2026-02-14')).toBe(true) // make-up Saturday
    expect(isWorkingDay('2026-09-20')).toBe(true) // make-up Sunday
    expect(isWorkingDay('2025-01-26')).toBe(true) // make-up Sunday before the 2025 Spring Festival
    expect(isWorkingDay('2024-05-01')).toBe(false)
  })

  it('counts 15 working days across the 2026 Spring Festival, including the make-up days', () => {
    // Verified Wed 2026-02-04: Feb 5,6 (2), 9-13 (7), Sat 14 make-up (8), 15-23 off,
    // 24-27 (12), Sat 28 make-up (13), Mar 2, 3 (15).
    expect(addWorkingDays('2026-02-04', 15)).toBe('2026-03-03')
  })

  it('counts across National Day 2026', () => {
    // From Fri 2026-09-18: Sun 20 make-up (1), 21-24 (5), 25-27 Mid-Autumn off, 28-30 (8),
    // Oct 1-7 off, 8, 9 (10), Sat 10 make-up (11), 12-15 (15)
    expect(addWorkingDays('2026-09-18', 15)).toBe('2026-10-15')
  })

  it('uses the Beijing calendar date (UTC+8) of the verification instant', () => {
    expect(beijingDate(Date.UTC(2026, 10, 24, 16, 30))).toBe('2026-11-25')
    expect(beijingDate(Date.UTC(2026, 10, 24, 15, 59))).toBe('2026-11-24')
    expect(new Date(endOfBeijingDay('2026-12-15')).toISOString()).toBe('2026-12-15T15:59:59.999Z')
  })

  it('has data for 2023–2027, with only years not yet published marked as projected', () => {
    expect(holidayYears.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027])
    expect(holidayYears.filter((y) => y.projected).map((y) => y.year)).toEqual([2027])
    for (const d of makeUpWorkdays) {
      expect(holidays.has(d)).toBe(false)
      const wd = new Date(`${d}T00:00:00Z`).getUTCDay()
      expect([0, 6]).toContain(wd) // make-up days are always weekend days
    }
  })

  it('§10.3 a count inside the published years is exact', () => {
    expect(countWorkingDays('2026-09-18', 15)).toEqual({ date: '2026-10-15', estimated: false })
    // Up to the last day of the last published year: still exact.
    expect(countWorkingDays('2026-12-09', 15)).toEqual({ date: '2026-12-30', estimated: false })
  })

  it('§10.3 a count reaching a year whose arrangement is not published says it is an estimate', () => {
    const last = Math.max(...holidayYears.map((y) => y.year))
    // Into the projected year (2027, built from the lunar calendar, not the State Council's notice).
    expect(isPublishedDay('2026-12-31')).toBe(true)
    expect(isPublishedDay('2027-01-04')).toBe(false)
    expect(countWorkingDays('2026-12-21', 15)).toEqual({ date: '2027-01-12', estimated: true })
    // Across the end of the table: the days after it count weekends only, and say so.
    expect(isWorkingDay(`${last + 1}-01-03`)).toBe(true) // Monday 2028-01-03, no table
    const crossing = countWorkingDays(`${last}-12-24`, 15)
    expect(crossing).toEqual({ date: `${last + 1}-01-14`, estimated: true })
    // Wholly past the table: an estimate too.
    expect(countWorkingDays('2031-06-02', 15)).toEqual({ date: '2031-06-23', estimated: true })
    // addWorkingDays gives the same date, without the flag.
    expect(addWorkingDays(`${last}-12-24`, 15)).toBe(crossing.date)
  })

  it('property: n working days later is a working day, strictly later, and monotonic in n', () => {
    const day = fc
      .integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2027, 10, 1) })
      .map((t) => new Date(t).toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), (d, n) => {
        const due = addWorkingDays(d, n)
        return (
          isWorkingDay(due) &&
          due > d &&
          addWorkingDays(d, n + 1) > due &&
          due <= addWorkingDays(d, n)
        )
      }),
    )
  })
})
