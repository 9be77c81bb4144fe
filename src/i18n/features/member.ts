import type { Messages } from '..'
import type { FeatureMessages, MainMessages } from '../main-messages'
import { member as en } from '../en/member'
import { member as zhCN } from '../zh-cn/member'

/** Member strings (§3.1(m)): only the member subpackage (and what it uses) imports them. */
export const memberMessages: FeatureMessages<keyof typeof zhCN> = { 'zh-CN': zhCN, en }

/** What `useT(memberMessages)` gives, for helpers that take `t`. */
export type MemberT = MainMessages & Pick<Messages, keyof typeof zhCN>
