import type { FeatureMessages } from '../main-messages'
import { about as en } from '../en/about'
import { about as zhCN } from '../zh-cn/about'

/** Consent history and transparency strings: only the about subpackage imports them. */
export const aboutMessages: FeatureMessages<keyof typeof zhCN> = { 'zh-CN': zhCN, en }
