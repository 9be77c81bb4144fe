/**
 * WeChat subscribe-message templates, for service notices only (§3.5, §3.1(i)). Data only.
 *
 * WeChat's rules for one-time subscriptions: no marketing in them, the dialog opens only from
 * the user's own tap, and each "accept" lets the mini program send one message of that
 * template, once. So a template is asked for where the user starts the thing it reports on
 * (sending a rights request, uploading a receipt), and it tells them about that thing only.
 * Marketing by WeChat push is not here: INDIGO sends it through its WeChat Official Account to
 * members who consent to `marketing-wechat` (purpose-copy/marketing.ts).
 *
 * Each template is picked from WeChat's public library on the mini program's admin console
 * (mp.weixin.qq.com, 订阅消息 > 公共模板库), with the keywords below in this order; the console
 * then gives its template id, which replaces the `templateId` placeholder here.
 */
import type { Bilingual } from './types'

/** What a notice reports on: the app asks for its templates where that thing starts. */
export const serviceNoticeSubjects = ['rights-request', 'receipt'] as const
export type ServiceNoticeSubject = (typeof serviceNoticeSubjects)[number]

/**
 * WeChat's keyword types, as the prefix of each keyword (`thing1`, `phrase2`, `time3`):
 * thing ≤ 20 characters, phrase ≤ 5 Chinese characters, time and date in WeChat's
 * "2026年12月7日 10:00" form, amount a currency sign and digits, number digits only.
 */
export const templateKeywordTypes = ['thing', 'phrase', 'time', 'date', 'amount', 'number'] as const
export type TemplateKeywordType = (typeof templateKeywordTypes)[number]
export type TemplateKeyword = `${TemplateKeywordType}${number}`

export interface TemplateField {
  readonly key: TemplateKeyword
  /** The keyword's name as chosen on the console, and its English for our docs. */
  readonly label: Bilingual
}

export interface ServiceNoticeTemplate {
  readonly key: string
  /** Placeholder for the id WeChat's console gives this template (replace before release). */
  readonly templateId: string
  readonly subject: ServiceNoticeSubject
  /** The template's title in WeChat's library, and its English. */
  readonly title: Bilingual
  /** The page the notice opens (a page of app.config.ts), without the leading slash. */
  readonly page: string
  /** The query parameter that carries the subject's id to that page; none: the page lists them. */
  readonly idParam?: string
  readonly fields: readonly TemplateField[]
  /**
   * The words the template's phrase keyword carries, by outcome (WeChat: at most five Chinese
   * characters; the template and its data are in Chinese, the language WeChat shows them in).
   */
  readonly phrases: Readonly<Record<string, string>>
  readonly policyRefs: readonly string[]
}

export const serviceNoticeTemplates = [
  {
    // §10.1, §10.3: INDIGO's staff started on the request (verified -> in progress).
    key: 'rights-progress',
    templateId: 'INDIGO-TMPL-RIGHTS-PROGRESS',
    subject: 'rights-request',
    title: { 'zh-CN': '申请进度提醒', en: 'Request progress update' },
    page: 'packages/rights/pages/detail/index',
    idParam: 'id',
    fields: [
      { key: 'thing1', label: { 'zh-CN': '申请类型', en: 'Request type' } },
      { key: 'phrase2', label: { 'zh-CN': '当前进度', en: 'Status' } },
      { key: 'time3', label: { 'zh-CN': '更新时间', en: 'Updated at' } },
      { key: 'date4', label: { 'zh-CN': '办理期限', en: 'Due by' } },
    ],
    phrases: { 'in-progress': '处理中' },
    policyRefs: ['10.1', '10.3', '3.5'],
  },
  {
    // §10.1, §10.4: the request is done, or refused with a reason the page shows.
    key: 'rights-result',
    templateId: 'INDIGO-TMPL-RIGHTS-RESULT',
    subject: 'rights-request',
    title: { 'zh-CN': '申请结果通知', en: 'Request result' },
    page: 'packages/rights/pages/detail/index',
    idParam: 'id',
    fields: [
      { key: 'thing1', label: { 'zh-CN': '申请类型', en: 'Request type' } },
      { key: 'phrase2', label: { 'zh-CN': '办理结果', en: 'Result' } },
      { key: 'time3', label: { 'zh-CN': '办结时间', en: 'Decided at' } },
    ],
    phrases: { completed: '已办结', rejected: '未予办理' },
    policyRefs: ['10.1', '10.4', '3.5'],
  },
  {
    // §3.1(m) and the WeChat mini program's business function 3 (receipt photos for points):
    // the mall reviewed the receipt. No single-receipt page: the receipts page lists them all.
    key: 'receipt-review',
    templateId: 'INDIGO-TMPL-RECEIPT-REVIEW',
    subject: 'receipt',
    title: { 'zh-CN': '审核结果通知', en: 'Receipt review result' },
    page: 'packages/member/pages/receipts/index',
    fields: [
      { key: 'thing1', label: { 'zh-CN': '消费门店', en: 'Store' } },
      { key: 'amount2', label: { 'zh-CN': '消费金额', en: 'Amount' } },
      { key: 'phrase3', label: { 'zh-CN': '审核结果', en: 'Result' } },
      { key: 'number4', label: { 'zh-CN': '获得积分', en: 'Points earned' } },
      { key: 'time5', label: { 'zh-CN': '审核时间', en: 'Reviewed at' } },
      { key: 'thing6', label: { 'zh-CN': '备注', en: 'Note' } },
    ],
    phrases: { approved: '审核通过', rejected: '未通过' },
    policyRefs: ['3.1(m)', 'BF.wechat-mini-program', '3.5'],
  },
] as const satisfies readonly ServiceNoticeTemplate[]

export type ServiceNoticeKey = (typeof serviceNoticeTemplates)[number]['key']
export type ServiceNoticeTemplateId = (typeof serviceNoticeTemplates)[number]['templateId']

export const serviceNoticeTemplateIds = serviceNoticeTemplates.map((t) => t.templateId) as [
  ServiceNoticeTemplateId,
  ...ServiceNoticeTemplateId[],
]

const all: readonly ServiceNoticeTemplate[] = serviceNoticeTemplates

type TemplateOf<K extends ServiceNoticeKey> = Extract<
  (typeof serviceNoticeTemplates)[number],
  { key: K }
>

export const serviceNoticeByKey = Object.fromEntries(all.map((t) => [t.key, t])) as unknown as {
  readonly [K in ServiceNoticeKey]: TemplateOf<K>
}

export const serviceNoticeById = Object.fromEntries(all.map((t) => [t.templateId, t])) as Readonly<
  Record<string, ServiceNoticeTemplate | undefined>
>

/** The templates asked for where each subject starts (WeChat takes up to three in one dialog). */
export const serviceNoticesBySubject: Readonly<
  Record<ServiceNoticeSubject, readonly ServiceNoticeTemplate[]>
> = {
  'rights-request': all.filter((t) => t.subject === 'rights-request'),
  receipt: all.filter((t) => t.subject === 'receipt'),
}
