import { formatDate, formatDateTime } from '../../src/i18n/format-date'

describe('dates shown to the user', () => {
  // 2026-11-23 20:30 UTC is already 24 November in Beijing.
  const at = Date.UTC(2026, 10, 23, 20, 30)

  it('§15.1 dates read naturally in Chinese first, then English, in Beijing time', () => {
    expect(formatDate(at, 'zh-CN')).toBe('2026年11月24日')
    expect(formatDate(at, 'en')).toBe('24 Nov 2026')
    expect(formatDateTime(at, 'zh-CN')).toBe('2026年11月24日 04:30')
    expect(formatDateTime(at, 'en')).toBe('24 Nov 2026, 04:30')
  })
})
