/**
 * Words several purposes share: who receives the data (§4) and how long it is kept (§8.1).
 * Data only.
 */
import type { Bilingual } from '../types'

/** §4.1, §4.2: processors act only for INDIGO; no Third Party Personal Information Handlers. */
export const recipientsIndigo: Bilingual = {
  'zh-CN':
    '颐堤港，以及仅代表颐堤港处理、不得用于自身目的的受托服务商（如IT与云服务商）。我们不向第三方个人信息处理者提供您的个人信息。',
  en: 'INDIGO, and service providers that process it only on our behalf and never for their own purposes (such as IT and cloud providers). We do not provide it to third-party handlers.',
}

/** §3.1(g), §4.1: Group Companies' and merchants' offers are sent by INDIGO, not handed over. */
export const recipientsMarketing = (sender: Bilingual): Bilingual => ({
  'zh-CN': `颐堤港，以及${sender['zh-CN']}。集团公司和商户的优惠信息由颐堤港代为发送，您的个人信息不会提供给它们，也不会提供给第三方个人信息处理者。`,
  en: `INDIGO, and ${sender.en}. Offers of our Group Companies and merchants are sent by INDIGO: your details are not given to them, nor to any third-party handler.`,
})

/**
 * §8.1: the ceiling for everything, unless a law requires longer. The words of a purpose whose
 * rule is `retention: { maxYears: 6 }`.
 */
export const sixYears = (whileNeeded: Bilingual): Bilingual => ({
  'zh-CN': `${whileNeeded['zh-CN']}在任何情况下，自您最后一次与我们交易或我们最后一次为您提供服务之日起最长保存六年，期满后删除或匿名化处理。`,
  en: `${whileNeeded.en} In any case at most six years from your last transaction with us or our last service to you, then deleted or anonymised.`,
})

/** §3.4: a marketing choice is honoured at once; the record of it proves the choice. */
export const retentionMarketing: Bilingual = sixYears({
  'zh-CN': '您撤回同意后我们立即停止发送；您的同意与撤回记录用于证明您的选择。',
  en: 'We stop sending as soon as you withdraw. The record of your choice proves what you chose.',
})
