import type { Lang } from '../catalogue/types'

/**
 * The first language follows WeChat's system language: Chinese of any region reads zh-CN,
 * everything else en.
 */
export function languageFromSystem(systemLanguage: string | undefined): Lang {
  return systemLanguage && /^zh/i.test(systemLanguage) ? 'zh-CN' : 'en'
}
