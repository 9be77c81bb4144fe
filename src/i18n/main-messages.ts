/**
 * The strings of the main package's pages and components, in both languages. The features
 * that live in subpackages (rights, member, about, and the consent center and separate-consent
 * screens of choices) keep theirs in ./features/*, imported only
 * by their own pages, so webpack puts them in the subpackage and not in the main package that
 * WeChat downloads at start (the main package budget, 400 KB, bench/index.ts).
 */
import type { Lang } from '../catalogue/types'
import { core as enCore } from './en/core'
import { journeys as enJourneys } from './en/journeys'
import { notice as enNotice } from './en/notice'
import type { Messages } from './zh-cn'
import { core as zhCore } from './zh-cn/core'
import { journeys as zhJourneys } from './zh-cn/journeys'
import { notice as zhNotice } from './zh-cn/notice'

type MainKey = keyof typeof zhCore | keyof typeof zhNotice | keyof typeof zhJourneys

/** What `useT()` gives everywhere. */
export type MainMessages = Pick<Messages, MainKey>

/** One subpackage feature's strings in both languages, for `useT(feature)`. */
export type FeatureMessages<K extends keyof Messages> = Readonly<Record<Lang, Pick<Messages, K>>>

export const mainMessages: Readonly<Record<Lang, MainMessages>> = {
  'zh-CN': { ...zhCore, ...zhNotice, ...zhJourneys },
  en: { ...enCore, ...enNotice, ...enJourneys },
}
