import fc from 'fast-check'
import { beijingDate, endOfBeijingDay, formatBeijingTime } from '../../../src/domain/beijing-time'
import { isUnder14 } from '../../../src/domain/minors'
import { formatDate, formatDateTime } from '../../../src/i18n/format-date'

const DAY_MS = 24 * 3600_000
/** Instants from 2000 to 2100. */
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) })

describe('Beijing time, the one place', () => {
  it('§1.6 §12.1 a child stops being under 14 at midnight Beijing time, whatever the phone’s zone', () => {
    // Born 24 Nov 2012: the 14th birthday is the last day under 14 (Civil Code Art. 202), so
    // 14 full years from 25 Nov 2026 00:00 in Beijing, i.e. 24 Nov 16:00 UTC.
    expect(isUnder14('2012-11-24', beijingDate(Date.UTC(2026, 10, 24, 15, 59)))).toBe(true)
    expect(isUnder14('2012-11-24', beijingDate(Date.UTC(2026, 10, 24, 16, 0)))).toBe(false)
  })

  it('§1.6 §10.1 the Beijing date of an instant and the last instant of a Beijing day (UTC+8 all year)', () => {
    expect(beijingDate(Date.UTC(2026, 10, 24, 16, 30))).toBe('2026-11-25')
    expect(beijingDate(Date.UTC(2026, 10, 24, 15, 59))).toBe('2026-11-24')
    // No daylight saving: the same offset in July.
    expect(beijingDate(Date.UTC(2026, 6, 1, 15, 59))).toBe('2026-07-01')
    expect(new Date(endOfBeijingDay('2026-12-15')).toISOString()).toBe('2026-12-15T15:59:59.999Z')
    fc.assert(
      fc.property(instant, (at) => {
        const day = beijingDate(at)
        const end = endOfBeijingDay(day)
        expect(end).toBeGreaterThanOrEqual(at)
        expect(end - at).toBeLessThan(DAY_MS)
        expect(beijingDate(end)).toBe(day)
        expect(beijingDate(end + 1)).not.toBe(day)
      }),
      { numRuns: 2000 },
    )
  })

  it("§10.1(a) the consent history's record format and the localized dates read the same Beijing day and minute", () => {
    expect(formatBeijingTime(Date.UTC(2026, 10, 24, 2, 0))).toBe('2026-11-24 10:00')
    fc.assert(
      fc.property(instant, (at) => {
        const [date, time] = formatBeijingTime(at).split(' ') as [string, string]
        expect(date).toBe(beijingDate(at))
        const [y, m, d] = date.split('-').map(Number) as [number, number, number]
        expect(formatDate(at, 'zh-CN')).toBe(`${y}年${m}月${d}日`)
        expect(formatDateTime(at, 'zh-CN')).toBe(`${y}年${m}月${d}日 ${time}`)
        expect(formatDateTime(at, 'en').endsWith(`${y}, ${time}`)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})
