import type { Lang } from '../catalogue/types'
import { en } from './en'
import { type Messages, zhCN } from './zh-cn'

export type { Messages }

export const messages: Readonly<Record<Lang, Messages>> = { 'zh-CN': zhCN, en }

/**
 * The first language follows WeChat's system language: Chinese of any region reads zh-CN,
 * everything else en.
 */
export function languageFromSystem(systemLanguage: string | undefined): Lang {
  return systemLanguage && /^zh/i.test(systemLanguage) ? 'zh-CN' : 'en'
}
