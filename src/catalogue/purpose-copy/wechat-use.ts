/**
 * For each purpose a WeChat privacy interface serves (../wechat-privacy-apis.ts): what the data
 * is used for, as one phrase that reads after WeChat's "为了…" and "用于…". It fills the purpose
 * blanks of the 用户隐私保护指引 on WeChat's console and, after its prefix, app.json's
 * permission desc (at most 30 characters), so what WeChat shows says what the consent screen
 * says (./location-media.ts, ./membership.ts; §2.2(b), §7.3).
 *
 * Kept apart from the other words on purpose: src/app.config.ts reads this at build time, and
 * Taro compiles app.config's imports as an entry of the main package. Only a module no page
 * imports stays out of what WeChat downloads at start (bench/index.ts: main ≤ 400 KB).
 * Data only.
 */
import type { PurposeId } from '../purposes'
import type { Bilingual } from '../types'

export const purposeWechatUse = {
  'precise-location': { 'zh-CN': '按距离为您排列附近的门店', en: 'list the stores nearest to you' },
  'receipt-photos': {
    'zh-CN': '识别您拍摄或选择的消费小票，为您补录会员积分',
    en: 'read the receipts you photograph or pick, to credit your points',
  },
  'phone-number': {
    'zh-CN': '验证会员身份并登录会员账户',
    en: 'verify your membership and sign you in',
  },
} as const satisfies Partial<Readonly<Record<PurposeId, Bilingual>>>

/** The purposes a WeChat privacy interface may cite: those with a phrase above. */
export type WechatUsePurposeId = keyof typeof purposeWechatUse
