import type { FeatureMessages } from '../main-messages'
import { choices as en } from '../en/choices'
import { consent as enConsent } from '../en/consent'
import { choices as zhCN } from '../zh-cn/choices'
import { consent as zhConsent } from '../zh-cn/consent'

/**
 * The choices subpackage's strings: the consent center, the separate-consent screens, "What
 * changed", marketing preferences and the guardian flow, and the purpose card and withdraw
 * sheet those pages show. Only the choices pages (and their components) import them, so they
 * stay out of the main package (the main package budget, 400 KB, bench/index.ts).
 */
export const choicesMessages: FeatureMessages<keyof typeof zhCN | keyof typeof zhConsent> = {
  'zh-CN': { ...zhCN, ...zhConsent },
  en: { ...en, ...enConsent },
}
