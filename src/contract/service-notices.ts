/**
 * §3.5 service notices by WeChat subscribe message: the member's answer to WeChat's dialog, and
 * the notices the backend records when the event comes (admin). Marketing is never one of them.
 */
import { z } from 'zod/mini'
import { serviceNoticeSubjects, serviceNoticeTemplateIds } from '../catalogue/subscribe-templates'
import { clientKey, epochMs, idParam } from './common'

/** What WeChat's dialog answered; a failed call asked nothing and is not sent. */
export const subscriptionAnswers = ['accept', 'reject', 'ban'] as const
export type SubscriptionAnswer = (typeof subscriptionAnswers)[number]

const objectId = idParam.shape.id

/** The request or receipt the notice is about: exactly one, the member's own. */
export const noticeContext = z.object({
  requestId: z.optional(objectId),
  receiptId: z.optional(objectId),
})

export const recordSubscriptionBody = z.object({
  /** Made once per answer: a retry after a lost reply is the same answer, not a second credit. */
  key: clientKey,
  templateId: z.enum(serviceNoticeTemplateIds),
  answer: z.enum(subscriptionAnswers),
  context: noticeContext,
})
export type RecordSubscriptionBody = z.infer<typeof recordSubscriptionBody>

export const subscriptionDto = z.object({
  id: z.string(),
  templateId: z.string(),
  answer: z.enum(subscriptionAnswers),
  context: noticeContext,
  /** One acceptance is one message: 'unused' until the event sends it, 'none' when declined. */
  credit: z.enum(['unused', 'used', 'none']),
  createdAt: epochMs,
})

export const adminServiceNoticesQuery = z.object({
  userId: z.optional(objectId),
  templateId: z.optional(z.enum(serviceNoticeTemplateIds)),
})

/** A notice as subscribeMessage.send would carry it (the member's openid stays on the server). */
export const serviceNoticeDto = z.object({
  id: z.string(),
  userId: z.string(),
  templateId: z.string(),
  subject: z.object({ kind: z.enum(serviceNoticeSubjects), id: z.string() }),
  page: z.string(),
  data: z.record(z.string(), z.object({ value: z.string() })),
  lang: z.literal('zh_CN'),
  createdAt: epochMs,
})
export const serviceNoticeList = z.object({ notices: z.array(serviceNoticeDto) })
