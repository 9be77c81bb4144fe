import type { Lang } from '../catalogue/types'

/** A calendar date in Beijing time (the policy's and the backend's reference), per language. */
export function formatDate(at: number, lang: Lang): string {
  const iso = new Date(at + 8 * 3600_000).toISOString()
  const [y, m, d] = [iso.slice(0, 4), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))]
  if (lang === 'zh-CN') return `${y}年${m}月${d}日`
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ]
  return `${d} ${months[m - 1] ?? ''} ${y}`
}
