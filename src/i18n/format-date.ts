import type { Lang } from '../catalogue/types'
import { beijingDate, formatBeijingTime } from '../domain/beijing-time'

/**
 * Dates are shown in Beijing time, as the policy and the backend count them. Plain string
 * work on the Beijing wall clock instead of dayjs + its UTC plugin + the zh-cn locale: the
 * two formats below are all the app needs, and the library was 10 KB of the main package
 * (budget ≤ 400 KB, bench/index.ts). test/unit/format-date.test.ts checks it against dayjs.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function parts(at: number): { y: string; m: number; d: number } {
  const [y = '', m = '1', d = '1'] = beijingDate(at).split('-')
  return { y, m: Number(m), d: Number(d) }
}

/** A calendar date in Beijing time, per language: 2026年11月24日 / 24 Nov 2026. */
export function formatDate(at: number, lang: Lang): string {
  const { y, m, d } = parts(at)
  return lang === 'zh-CN' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`
}

/** Date and time in Beijing time: 2026年11月24日 10:05 / 24 Nov 2026, 10:05. */
export function formatDateTime(at: number, lang: Lang): string {
  const time = formatBeijingTime(at).slice(11)
  return lang === 'zh-CN' ? `${formatDate(at, lang)} ${time}` : `${formatDate(at, lang)}, ${time}`
}
