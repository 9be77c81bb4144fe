/**
 * §3.5 service notices by WeChat subscribe message. The mock records the notice it would hand to
 * subscribeMessage.send, at the moment of the event, and only when the member accepted that
 * template for that request or receipt: a one-time subscription is one message, so the notice
 * spends the acceptance. Declined, banned or never asked: nothing is recorded.
 */
import type { ServiceNotice } from '../../../src/domain/service-notices'
import { getUser } from '../db/users'
import type { Ctx } from './context'

export interface ServiceNoticeRow {
  id: string
  user_id: string
  template_id: string
  subject_kind: string
  subject_id: string
  page: string
  data_json: string
  created_at: number
}

export const serviceNoticeDtoOf = (n: ServiceNoticeRow) => ({
  id: n.id,
  userId: n.user_id,
  templateId: n.template_id,
  subject: { kind: n.subject_kind, id: n.subject_id },
  page: n.page,
  data: JSON.parse(n.data_json) as Record<string, { value: string }>,
  // The templates and their data are Chinese (WeChat's phrase keyword allows nothing else).
  lang: 'zh_CN' as const,
  createdAt: n.created_at,
})

/**
 * Records `notice` for `userId` if an accepted, unspent subscription of its template for its
 * subject exists, and spends it; answers the notice id, or null when nothing may be sent. Call
 * inside the transaction that makes the event, so the notice and the event stand or fall
 * together.
 */
export function recordServiceNotice(
  ctx: Pick<Ctx, 'db' | 'clock' | 'ids' | 'log'>,
  userId: string,
  notice: ServiceNotice | null,
): string | null {
  if (!notice) return null
  const { db } = ctx
  // An erased member has no openid to send to (§10.1(c)); their subscriptions went with them.
  if (!getUser(db, userId)) return null
  const credit = db
    .prepare<[string, string, string, string], { id: string }>(
      `SELECT id FROM service_notice_subscriptions
       WHERE user_id = ? AND template_id = ? AND subject_kind = ? AND subject_id = ?
         AND answer = 'accept' AND used_at IS NULL
       ORDER BY created_at, rowid LIMIT 1`,
    )
    .get(userId, notice.templateId, notice.subject.kind, notice.subject.id)
  if (!credit) return null
  const id = ctx.ids()
  const now = ctx.clock()
  db.prepare(
    `INSERT INTO service_notices (id, user_id, template_id, subject_kind, subject_id, page, data_json, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    userId,
    notice.templateId,
    notice.subject.kind,
    notice.subject.id,
    notice.page,
    JSON.stringify(notice.data),
    now,
  )
  db.prepare('UPDATE service_notice_subscriptions SET used_at = ?, notice_id = ? WHERE id = ?').run(
    now,
    id,
    credit.id,
  )
  // The template and the subject only: the data may name a store or a request type.
  ctx.log.info(
    { serviceNotice: { id, templateId: notice.templateId, subject: notice.subject.kind } },
    'service notice recorded',
  )
  return id
}
