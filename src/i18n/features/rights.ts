import type { Messages } from '..'
import type { FeatureMessages, MainMessages } from '../main-messages'
import { rights as en } from '../en/rights'
import { rights as zhCN } from '../zh-cn/rights'

/** §10 rights requests' strings: only the rights subpackage (and what it uses) imports them. */
export const rightsMessages: FeatureMessages<keyof typeof zhCN> = { 'zh-CN': zhCN, en }

/** What `useT(rightsMessages)` gives, for components that take `t` as a prop. */
export type RightsT = MainMessages & Pick<Messages, keyof typeof zhCN>
