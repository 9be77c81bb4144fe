/**
 * §3.5 service notices: the member's answer to WeChat's subscribe dialog, kept per template and
 * per request or receipt of their own; and, for staff and tests, the notices recorded when the
 * events came (lib/service-notices.ts). Marketing never goes this way: WeChat forbids it in
 * subscribe messages, and INDIGO's WeChat marketing goes through its Official Account.
 */
import type { FastifyInstance } from 'fastify'
import {
  serviceNoticeById,
  serviceNoticeTemplateIds,
  type ServiceNoticeSubject,
} from '../../../src/catalogue/subscribe-templates'
import { routes } from '../../../src/contract/routes'
import { getUser } from '../db/users'
import type { Ctx } from '../lib/context'
import { sha256 } from '../lib/crypto'
import { errors, type ApiError } from '../lib/errors'
import { fail, ok, register } from '../lib/http'
import { receiptById } from '../lib/member-data'
import { getRightsRow } from '../lib/rights-rows'
import { serviceNoticeDtoOf, type ServiceNoticeRow } from '../lib/service-notices'

interface SubscriptionRow {
  id: string
  client_key: string
  template_id: string
  answer: 'accept' | 'reject' | 'ban'
  subject_kind: ServiceNoticeSubject
  subject_id: string
  created_at: number
  used_at: number | null
}

const unknownTemplate = (): ApiError =>
  errors.bad(
    'unknown-template',
    '没有这个服务通知模板：只能订阅颐堤港的服务通知（权益请求进度与结果、小票审核结果），不能订阅营销消息。',
    'No such service-notice template: only INDIGO’s service notices (rights request progress and result, receipt review) can be subscribed to, never marketing.',
    { allowed: serviceNoticeTemplateIds },
  )

const subscriptionDtoOf = (s: SubscriptionRow) => ({
  id: s.id,
  templateId: s.template_id,
  answer: s.answer,
  context: s.subject_kind === 'receipt' ? { receiptId: s.subject_id } : { requestId: s.subject_id },
  credit: s.answer !== 'accept' ? 'none' : s.used_at === null ? 'unused' : 'used',
  createdAt: s.created_at,
})

export function registerServiceNoticeRoutes(app: FastifyInstance, ctx: Ctx): void {
  const { db } = ctx

  register(
    app,
    ctx,
    routes.recordServiceNoticeAnswer,
    ({ user, body }) => {
      const u = user && getUser(db, user.id)
      if (!u) return fail(errors.unauthorised())
      const template = serviceNoticeById[body.templateId]
      if (!template) return fail(unknownTemplate())
      const { requestId, receiptId } = body.context
      const given: ServiceNoticeSubject | null =
        requestId !== undefined && receiptId === undefined
          ? 'rights-request'
          : receiptId !== undefined && requestId === undefined
            ? 'receipt'
            : null
      if (given !== template.subject) {
        const zh =
          template.subject === 'receipt' ? '小票编号（receiptId）' : '请求编号（requestId）'
        const en = template.subject === 'receipt' ? 'a receiptId' : 'a requestId'
        return fail(
          errors.bad(
            'notice-context-mismatch',
            `这个通知模板需要且只需要一个${zh}。`,
            `This template needs exactly one context: ${en}.`,
            { templateId: template.templateId, subject: template.subject },
          ),
        )
      }
      const subjectId = (requestId ?? receiptId) as string
      // Only the member's own request or receipt; another member's answers 404, as everywhere.
      const own =
        given === 'rights-request'
          ? getRightsRow(db, subjectId, u.id)
          : receiptById(ctx, u.id, subjectId)
      if (!own) return fail(errors.notFound())
      const content = sha256(JSON.stringify([body.templateId, body.answer, given, subjectId]))
      return db.transaction(() => {
        const prior = db
          .prepare<[string, string], SubscriptionRow>(
            'SELECT * FROM service_notice_subscriptions WHERE user_id = ? AND client_key = ?',
          )
          .get(u.id, body.key)
        if (prior) {
          // A retry after a lost answer: the same answer, never a second credit.
          const same = sha256(
            JSON.stringify([prior.template_id, prior.answer, prior.subject_kind, prior.subject_id]),
          )
          if (same !== content)
            return fail(
              errors.conflict(
                'subscription-key-reused',
                '该编号已用于另一条订阅记录。',
                'This key was already used for another subscription answer.',
              ),
            )
          return ok(subscriptionDtoOf(prior), 200)
        }
        const id = ctx.ids()
        db.prepare(
          `INSERT INTO service_notice_subscriptions (id, user_id, client_key, template_id, answer, subject_kind, subject_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(id, u.id, body.key, body.templateId, body.answer, given, subjectId, ctx.clock())
        const row = db
          .prepare<[string], SubscriptionRow>(
            'SELECT * FROM service_notice_subscriptions WHERE id = ?',
          )
          .get(id) as SubscriptionRow
        return ok(subscriptionDtoOf(row), 201)
      })()
    },
    {
      // A template id not in the catalogue gets its own message, not the generic one.
      onInvalidBody: async (raw, _user, error) => {
        const t = (raw as { templateId?: unknown } | null)?.templateId
        return typeof t === 'string' && !serviceNoticeById[t] ? unknownTemplate() : error
      },
    },
  )

  register(app, ctx, routes.adminListServiceNotices, ({ query }) => {
    const rows = db
      .prepare<[string | null, string | null, string | null, string | null], ServiceNoticeRow>(
        `SELECT * FROM service_notices
         WHERE (? IS NULL OR user_id = ?) AND (? IS NULL OR template_id = ?)
         ORDER BY created_at, rowid`,
      )
      .all(
        query.userId ?? null,
        query.userId ?? null,
        query.templateId ?? null,
        query.templateId ?? null,
      )
    return ok({ notices: rows.map(serviceNoticeDtoOf) })
  })
}
