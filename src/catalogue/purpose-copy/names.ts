/**
 * The name of every purpose, in both languages: the short words the consent center, the
 * history, the rights forms and the unsubscribe page show. Kept apart from the longer words
 * (./<group>.ts) so that a page of the main package that names a purpose (the unsubscribe
 * page, §3.4(b)) does not carry every description (bench/index.ts: main ≤ 400 KB).
 * Data only; a purpose without a name, or a name without a purpose, is a compile error.
 */
import type { PurposeId } from '../purposes'
import type { Bilingual } from '../types'

export const purposeNames = {
  // membership.ts
  'privacy-notice': { 'zh-CN': '隐私政策的告知与同意', en: 'The privacy notice you agreed to' },
  'membership-account': { 'zh-CN': '会员注册与会员账户', en: 'Membership and your account' },
  'phone-number': { 'zh-CN': '手机号码验证', en: 'Your phone number' },
  'online-mall-orders': { 'zh-CN': '线上商城购物与配送', en: 'Online mall orders and delivery' },
  'member-profile': { 'zh-CN': '完善个人资料', en: 'Your profile details' },
  'customer-support': {
    'zh-CN': '客户服务与服务公告',
    en: 'Customer support and service announcements',
  },
  'legal-disclosures': { 'zh-CN': '依法披露', en: 'Disclosures required by law' },
  // marketing.ts
  'marketing-sms': { 'zh-CN': '短信营销', en: 'Offers by text message' },
  'marketing-email': { 'zh-CN': '电子邮件营销', en: 'Offers by email' },
  'marketing-phone': { 'zh-CN': '电话营销', en: 'Offers by phone call' },
  'marketing-wechat': { 'zh-CN': '微信推送营销', en: 'Offers by WeChat push' },
  'marketing-post': { 'zh-CN': '信件营销', en: 'Offers by post' },
  'charity-appeals': { 'zh-CN': '公益募捐信息', en: 'Charity appeals' },
  // personalisation.ts
  'personalised-push': {
    'zh-CN': '个性化推荐与推送（自动化决策）',
    en: 'Personalised offers and push (automated decision making)',
  },
  'combine-services': {
    'zh-CN': '跨服务合并使用个人信息',
    en: 'Combining your information across our services',
  },
  'research-analysis': { 'zh-CN': '消费研究与分析', en: 'Research and analysis' },
  // location-media.ts
  'precise-location': { 'zh-CN': '精确位置', en: 'Precise location' },
  'receipt-photos': { 'zh-CN': '上传消费小票积分', en: 'Receipt photos for points' },
  'licence-plates': { 'zh-CN': '车牌号码与电子停车', en: 'Licence plates for e-parking' },
  // office-wifi.ts
  'office-membership': { 'zh-CN': '颐堤港一座办公会员', en: 'ONE INDIGO office membership' },
  'face-recognition': { 'zh-CN': '人脸识别通行', en: 'Face recognition at the turnstiles' },
  'wifi-access': { 'zh-CN': '商场WiFi连接', en: 'Mall WiFi connection' },
  'wifi-tracking': { 'zh-CN': 'WiFi活动轨迹分析', en: 'WiFi activity tracking' },
  // web-minors.ts
  'necessary-cookies': {
    'zh-CN': '必要的Cookie与日志信息',
    en: 'Necessary cookies and log information',
  },
  'preference-cookies': { 'zh-CN': '偏好Cookie', en: 'Preference cookies' },
  'guardian-consent': { 'zh-CN': '监护人单独同意', en: "Guardian's separate consent" },
} as const satisfies Readonly<Record<PurposeId, Bilingual>>

/**
 * Purposes no longer offered, by their old id: a device or the backend may still hold events
 * that name them (the ledger is append-only), and the history and the consent receipts name
 * them rather than show a bare id. They count for nothing (src/domain/ledger.ts).
 */
export const retiredPurposeNames: Readonly<Record<string, Bilingual>> = {
  // Retired when the store finder kept precise location only (../purposes/location-media.ts).
  'approximate-location': { 'zh-CN': '大致位置（已停用）', en: 'Approximate location (retired)' },
}

/** The same names, looked up by an id from elsewhere (the backend, a stored event, a link). */
export const purposeNameById: Readonly<Record<string, Bilingual | undefined>> = {
  ...retiredPurposeNames,
  ...purposeNames,
}
