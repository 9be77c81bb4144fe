/**
 * Every message in both languages, for tests and tools. App code imports `useT` from ./use-t
 * (main-package strings plus, in a subpackage, its feature's from ./features) instead: a value
 * import from here would pull every feature's strings into the main package.
 */
import type { Lang } from '../catalogue/types'
import { en } from './en'
import { type Messages, zhCN } from './zh-cn'

export type { Messages }
export { languageFromSystem } from './language'

export const messages: Readonly<Record<Lang, Messages>> = { 'zh-CN': zhCN, en }
