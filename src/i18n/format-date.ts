import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import utc from 'dayjs/plugin/utc'
import type { Lang } from '../catalogue/types'
import { BEIJING_UTC_OFFSET_MINUTES } from '../domain/beijing-time'

dayjs.extend(utc)

/** Dates are shown in Beijing time, as the policy and the backend count them. */
const beijing = (at: number) => dayjs.utc(at).utcOffset(BEIJING_UTC_OFFSET_MINUTES)

/** A calendar date in Beijing time, per language: 2026年11月24日 / 24 Nov 2026. */
export function formatDate(at: number, lang: Lang): string {
  return lang === 'zh-CN'
    ? beijing(at).locale('zh-cn').format('YYYY年M月D日')
    : beijing(at).locale('en').format('D MMM YYYY')
}

/** Date and time in Beijing time: 2026年11月24日 10:05 / 24 Nov 2026, 10:05. */
export function formatDateTime(at: number, lang: Lang): string {
  return lang === 'zh-CN'
    ? beijing(at).locale('zh-cn').format('YYYY年M月D日 HH:mm')
    : beijing(at).locale('en').format('D MMM YYYY, HH:mm')
}
