import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import utc from 'dayjs/plugin/utc'
import { formatDate, formatDateTime } from '../../src/i18n/format-date'

dayjs.extend(utc)

describe('dates shown to the user', () => {
  // 2026-11-23 20:30 UTC is already 24 November in Beijing.
  const at = Date.UTC(2026, 10, 23, 20, 30)

  it('§15.1 dates read naturally in Chinese first, then English, in Beijing time', () => {
    expect(formatDate(at, 'zh-CN')).toBe('2026年11月24日')
    expect(formatDate(at, 'en')).toBe('24 Nov 2026')
    expect(formatDateTime(at, 'zh-CN')).toBe('2026年11月24日 04:30')
    expect(formatDateTime(at, 'en')).toBe('24 Nov 2026, 04:30')
  })

  it('§15.1 agrees with dayjs in Beijing time on every month, both sides of midnight', () => {
    const beijing = (t: number) => dayjs.utc(t).utcOffset(8 * 60)
    let checked = 0
    for (let year = 1999; year <= 2031; year += 4) {
      for (let month = 0; month < 12; month += 1) {
        for (const [day, hour, minute] of [
          [1, 0, 0],
          [1, 15, 59],
          [1, 16, 0],
          [28, 23, 59],
          [15, 7, 5],
        ] as const) {
          const t = Date.UTC(year, month, day, hour, minute)
          expect(formatDate(t, 'zh-CN')).toBe(beijing(t).locale('zh-cn').format('YYYY年M月D日'))
          expect(formatDate(t, 'en')).toBe(beijing(t).locale('en').format('D MMM YYYY'))
          expect(formatDateTime(t, 'zh-CN')).toBe(
            beijing(t).locale('zh-cn').format('YYYY年M月D日 HH:mm'),
          )
          expect(formatDateTime(t, 'en')).toBe(beijing(t).locale('en').format('D MMM YYYY, HH:mm'))
          checked += 1
        }
      }
    }
    expect(checked).toBe(9 * 12 * 5)
  })
})
