/**
 * Service notices (§3.5) as WeChat's subscribeMessage.send would carry them: which template an
 * event uses, the page it opens and its data, each keyword within WeChat's limits. Pure: the
 * mock backend builds its notices here, and the tests check them against the same rules.
 */
import { rightByType, type RightsRequestType } from '../catalogue/rights'
import {
  serviceNoticeByKey,
  type ServiceNoticeKey,
  type ServiceNoticeSubject,
  type ServiceNoticeTemplate,
  type TemplateKeywordType,
} from '../catalogue/subscribe-templates'
import type { Bilingual } from '../catalogue/types'
import { formatBeijingTime } from './beijing-time'
import type { RightsRequestStatus } from './rights-request'

export interface ServiceNotice {
  readonly templateKey: ServiceNoticeKey
  readonly templateId: string
  readonly subject: { readonly kind: ServiceNoticeSubject; readonly id: string }
  /** WeChat's `page`: the path with its query, no leading slash. */
  readonly page: string
  /** WeChat's `data`: each keyword's value. */
  readonly data: Readonly<Record<string, { readonly value: string }>>
}

/** The keyword's type, from its prefix (`thing1` is a thing). */
export function keywordType(key: string): TemplateKeywordType {
  const m = /^(thing|phrase|time|date|amount|number)\d+$/.exec(key)
  if (!m?.[1]) throw new Error(`not a WeChat template keyword: ${key}`)
  return m[1] as TemplateKeywordType
}

const THING_MAX = 20
const HAN_PHRASE = /^\p{Script=Han}{1,5}$/u

/** WeChat's time keyword: Beijing wall clock, "2026年12月7日 10:00". */
export function wechatTime(epochMs: number): string {
  const [date = '', hm = ''] = formatBeijingTime(epochMs).split(' ')
  return `${wechatDate(date)} ${hm}`
}

/** WeChat's date keyword: "2026年12月15日" for 2026-12-15. */
export function wechatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/**
 * A value as the keyword's type allows it. A thing longer than 20 characters is cut with an
 * ellipsis (WeChat refuses the whole message otherwise, errcode 47003); the other types are
 * made by this module, so a value out of bounds is a bug and throws.
 */
export function keywordValue(key: string, value: string): string {
  const type = keywordType(key)
  const chars = Array.from(value)
  switch (type) {
    case 'thing':
      if (chars.length === 0) throw new Error(`${key} is empty`)
      return chars.length <= THING_MAX ? value : `${chars.slice(0, THING_MAX - 1).join('')}…`
    case 'phrase':
      if (!HAN_PHRASE.test(value)) throw new Error(`${key} must be 1-5 Chinese characters`)
      return value
    case 'number':
      if (!/^\d{1,32}$/.test(value)) throw new Error(`${key} must be digits`)
      return value
    case 'amount':
      if (!/^¥\d{1,10}(\.\d{1,2})?$/.test(value)) throw new Error(`${key} must be ¥ and digits`)
      return value
    case 'time':
    case 'date':
      if (!/^\d{4}年\d{1,2}月\d{1,2}日( \d{2}:\d{2})?$/.test(value))
        throw new Error(`${key} must be a WeChat date`)
      return value
  }
}

function build(
  key: ServiceNoticeKey,
  subjectId: string,
  values: Readonly<Record<string, string | undefined>>,
): ServiceNotice {
  const t: ServiceNoticeTemplate = serviceNoticeByKey[key]
  const data: Record<string, { value: string }> = {}
  for (const f of t.fields) {
    const v = values[f.key]
    if (v !== undefined) data[f.key] = { value: keywordValue(f.key, v) }
  }
  const unknown = Object.keys(values).filter((k) => !t.fields.some((f) => f.key === k))
  if (unknown.length) throw new Error(`${key} has no keyword ${unknown.join(', ')}`)
  const query = t.idParam ? `?${t.idParam}=${encodeURIComponent(subjectId)}` : ''
  return {
    templateKey: key,
    templateId: t.templateId,
    subject: { kind: t.subject, id: subjectId },
    page: `${t.page}${query}`,
    data,
  }
}

const phrase = (key: ServiceNoticeKey, outcome: string): string => {
  const phrases: ServiceNoticeTemplate['phrases'] = serviceNoticeByKey[key].phrases
  const p = phrases[outcome]
  if (!p) throw new Error(`${key} has no phrase for ${outcome}`)
  return p
}

/**
 * Which notice a status change of a rights request sends. Only INDIGO's own steps: the member
 * verifying or cancelling did it themselves and sees it on the screen.
 */
export function rightsNoticeFor(to: RightsRequestStatus): ServiceNoticeKey | null {
  if (to === 'in-progress') return 'rights-progress'
  if (to === 'completed' || to === 'rejected') return 'rights-result'
  return null
}

/** §10.1, §10.3, §10.4: the notice for a request that just moved to `status` at `at`. */
export function rightsRequestNotice(r: {
  readonly id: string
  readonly type: RightsRequestType
  readonly status: RightsRequestStatus
  readonly at: number
  readonly dueDate?: string
  /** An estimate (a year's holidays not yet published) is not announced as the due date. */
  readonly dueDateEstimated?: boolean
}): ServiceNotice | null {
  const key = rightsNoticeFor(r.status)
  if (!key) return null
  const type = rightByType[r.type].name['zh-CN']
  if (key === 'rights-progress') {
    return build(key, r.id, {
      thing1: type,
      phrase2: phrase(key, r.status),
      time3: wechatTime(r.at),
      date4: r.dueDate && !r.dueDateEstimated ? wechatDate(r.dueDate) : undefined,
    })
  }
  return build(key, r.id, {
    thing1: type,
    phrase2: phrase(key, r.status),
    time3: wechatTime(r.at),
  })
}

/** §3.1(m): the notice for a receipt the mall just approved or rejected at `at`. */
export function receiptReviewNotice(r: {
  readonly id: string
  readonly storeName: string
  readonly amountFen: number
  readonly status: 'approved' | 'rejected'
  readonly pointsAwarded: number
  readonly at: number
  readonly reason?: Bilingual
}): ServiceNotice {
  return build('receipt-review', r.id, {
    thing1: r.storeName,
    amount2: `¥${(r.amountFen / 100).toFixed(2)}`,
    phrase3: phrase('receipt-review', r.status),
    number4: String(r.pointsAwarded),
    time5: wechatTime(r.at),
    // The mall's reason, when it gave one (its message may be empty: then there is no note).
    thing6:
      r.status === 'rejected' && r.reason?.['zh-CN'].trim() ? r.reason['zh-CN'].trim() : undefined,
  })
}
