import dayjs from 'dayjs'
import fc from 'fast-check'
import { isUnder14, isValidIsoDate, lastDayOfYearsOfAge } from '../../../src/domain/minors'

const iso = (d: Date) => d.toISOString().slice(0, 10)
const arbDate = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2060-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map(iso)

describe('isUnder14', () => {
  it('§12.1 is under 14 up to and including the 14th birthday (Civil Code Arts. 201-203)', () => {
    expect(isUnder14('2012-03-10', '2026-03-09')).toBe(true)
    expect(isUnder14('2012-03-10', '2026-03-10')).toBe(true)
    expect(isUnder14('2012-03-10', '2026-03-11')).toBe(false)
    expect(isUnder14('2012-12-31', '2026-12-31')).toBe(true)
    expect(isUnder14('2012-12-31', '2027-01-01')).toBe(false)
  })

  it('§12.1 someone born on 29 February completes 14 years on 28 February of a common year', () => {
    expect(lastDayOfYearsOfAge('2012-02-29', 14)).toBe('2026-02-28')
    expect(isUnder14('2012-02-29', '2026-02-28')).toBe(true)
    expect(isUnder14('2012-02-29', '2026-03-01')).toBe(false)
    expect(isUnder14('2016-02-29', '2030-03-01')).toBe(false)
    // A 28 February birthday ends on 28 February, even when the 14th year is a leap year.
    expect(isUnder14('2010-02-28', '2024-02-28')).toBe(true)
    expect(isUnder14('2010-02-28', '2024-02-29')).toBe(false)
  })

  it('§12.1 agrees with dayjs calendar arithmetic on every date pair', () => {
    fc.assert(
      fc.property(arbDate, arbDate, (birth, today) => {
        const last = dayjs(birth).add(14, 'year')
        expect(isUnder14(birth, today)).toBe(!dayjs(today).isAfter(last, 'day'))
      }),
      { numRuns: 1000 },
    )
  })

  it('§12.1 switches exactly once, from under 14 to not, as time goes on', () => {
    fc.assert(
      fc.property(arbDate, arbDate, arbDate, (birth, t1, t2) => {
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1]
        if (!isUnder14(birth, early)) expect(isUnder14(birth, late)).toBe(false)
      }),
      { numRuns: 1000 },
    )
  })

  it('refuses dates that do not exist; callers validate with isValidIsoDate first', () => {
    expect(isValidIsoDate('2023-02-29')).toBe(false)
    expect(isValidIsoDate('2024-02-29')).toBe(true)
    expect(isValidIsoDate('2024-13-01')).toBe(false)
    expect(isValidIsoDate('24-01-01')).toBe(false)
    expect(() => isUnder14('2023-02-29', '2024-01-01')).toThrow(RangeError)
  })
})
