import type { FeatureMessages } from '../main-messages'
import { choices as en } from '../en/choices'
import { choices as zhCN } from '../zh-cn/choices'

/** Marketing preferences and guardian strings: only the choices subpackage imports them. */
export const choicesMessages: FeatureMessages<keyof typeof zhCN> = { 'zh-CN': zhCN, en }
