/**
 * §10.1 rights requests, for oneself, a minor or as next of kin. §10.3: identity is verified
 * (SMS code) before anything is done; the due date is 15 working days after verification.
 */
import type { FastifyInstance } from 'fastify'
import {
  requestDataCategories,
  type OnBehalfOf,
  type RightsRequestType,
} from '../../../src/catalogue/rights'
import {
  ATTACHMENT_MAX_BYTES,
  detailsSchemaFor,
  MAX_ATTACHMENTS,
  subjectSchemaFor,
} from '../../../src/contract/rights-requests'
import { routes } from '../../../src/contract/routes'
import { isValidIsoDate } from '../../../src/domain/minors'
import {
  newRequestState,
  transition,
  type RightsRequestStatus,
} from '../../../src/domain/rights-request'
import { validateEmail } from '../../../src/domain/validators/email'
import { beijingDate } from '../../../src/domain/beijing-time'
import { getUser } from '../db/users'
import { isKnownPurpose } from '../lib/consent-state'
import type { Ctx } from '../lib/context'
import { apiError, errors, validatorError, type ApiError } from '../lib/errors'
import { fail, ok, register } from '../lib/http'
import { bodyHash, checkAttachments, saveAttachments } from '../lib/rights-attachments'
import {
  getRightsRow,
  RIGHTS_SELECT,
  rightsRequestDtoOf,
  saveState,
  stateOf,
  type RightsRow,
} from '../lib/rights-rows'
import { withdrawalsAsked, withdrawForRequest } from '../lib/rights-withdrawals'
import { consumeVerificationToken } from './verification'

const badToken = () =>
  errors.bad(
    'verification-invalid',
    '身份验证无效或已过期，请重新验证。',
    'The identity verification is invalid or expired; please verify again.',
  )

const keyReused = () =>
  apiError(
    422,
    'idempotency-key-reused',
    '这次提交与此前使用同一编号的请求内容不同。请刷新后重新填写。',
    'This submission differs from the earlier request with the same key. Please reload and fill in the form again.',
  )

/** The statuses as the app names them (rightsTimeline), not their ids. */
const statusNames: Readonly<Record<RightsRequestStatus, { 'zh-CN': string; en: string }>> = {
  submitted: { 'zh-CN': '已提交', en: 'submitted' },
  verified: { 'zh-CN': '身份已验证', en: 'verified' },
  'in-progress': { 'zh-CN': '处理中', en: 'in progress' },
  completed: { 'zh-CN': '已办结', en: 'completed' },
  rejected: { 'zh-CN': '已拒绝', en: 'rejected' },
  cancelled: { 'zh-CN': '已撤销', en: 'cancelled' },
}

export const invalidTransition = (from: RightsRequestStatus, to: RightsRequestStatus) =>
  errors.conflict(
    'invalid-transition',
    `这项请求当前为「${statusNames[from]['zh-CN']}」，不能变为「${statusNames[to]['zh-CN']}」。`,
    `A request that is ${statusNames[from].en} cannot become ${statusNames[to].en}.`,
    { from, to },
  )

function checkDetails(
  type: RightsRequestType,
  details: Record<string, unknown>,
): { value: Record<string, unknown> } | ApiError {
  const r = detailsSchemaFor[type].safeParse(details)
  if (!r.success) {
    return errors.validation(
      r.error.issues.map((i) => ({
        in: 'body',
        path: ['details', ...i.path.map(String)].join('.'),
        code: i.code,
        message: i.message,
      })),
    )
  }
  const value = r.data as Record<string, unknown>
  const purposeIds = value['purposeIds']
  if (Array.isArray(purposeIds)) {
    const unknown = purposeIds.filter((p) => typeof p !== 'string' || !isKnownPurpose(p))
    if (unknown.length)
      return errors.bad('unknown-purpose', '包含未知的处理目的。', 'Unknown purpose id.', {
        purposeIds: unknown,
      })
  }
  if (typeof value['recipientContact'] === 'string') {
    const e = validateEmail(value['recipientContact'])
    if (!e.ok) return validatorError(e.code)
    value['recipientContact'] = e.value
  }
  if (
    type === 'delete-deregister' &&
    value['scope'] === 'categories' &&
    !Array.isArray(value['categories'])
  ) {
    return errors.bad(
      'categories-required',
      '请选择要删除的信息类别。',
      'Choose the categories to delete.',
      { allowed: requestDataCategories },
    )
  }
  return { value }
}

function checkSubject(
  onBehalfOf: OnBehalfOf,
  subject: Record<string, string> | undefined,
  today: string,
): { value?: Record<string, string> } | ApiError {
  if (onBehalfOf === 'self') {
    return subject
      ? errors.bad(
          'subject-not-allowed',
          '为本人提交时无需填写主体信息。',
          'Leave out the subject when the request is for yourself.',
        )
      : {}
  }
  const r = subjectSchemaFor[onBehalfOf].safeParse(subject ?? {})
  if (!r.success) {
    return errors.validation(
      r.error.issues.map((i) => ({
        in: 'body',
        path: ['subject', ...i.path.map(String)].join('.'),
        code: i.code,
        message: i.message,
      })),
    )
  }
  const value = r.data as Record<string, string>
  const date = value['birthDate'] ?? value['dateOfDeath'] ?? ''
  if (!isValidIsoDate(date) || date > today) {
    return errors.bad('subject-bad-date', '日期无效。', 'The date is not valid.')
  }
  // §10.1, §12.3: a guardian acts for a minor (under 18 under PRC law).
  if (
    onBehalfOf === 'guardian-of-minor' &&
    date <= `${Number(today.slice(0, 4)) - 18}${today.slice(4)}`
  ) {
    return errors.bad(
      'subject-not-minor',
      '被代理人已成年，请由本人提交。',
      'The person is an adult and must make the request themselves.',
    )
  }
  return { value }
}

export function registerRightsRoutes(app: FastifyInstance, ctx: Ctx): void {
  const { db } = ctx
  const findByKey = (userId: string, key: string) =>
    db
      .prepare<[string, string], RightsRow>(
        `${RIGHTS_SELECT} WHERE user_id = ? AND idempotency_key = ?`,
      )
      .get(userId, key)
  register(
    app,
    ctx,
    routes.createRightsRequest,
    ({ user, body }) => {
      const u = user && getUser(db, user.id)
      if (!u) return fail(errors.unauthorised())
      const now = ctx.clock()
      const hash = bodyHash(body)
      return db.transaction(() => {
        // §10.3: the same key answers the request it made, before the single-use
        // verification token is looked at (a retry may carry the spent one).
        const existing = body.idempotencyKey ? findByKey(u.id, body.idempotencyKey) : undefined
        if (existing) {
          if (existing.body_hash !== hash) return fail(keyReused())
          return ok(rightsRequestDtoOf(existing))
        }
        const details = checkDetails(body.type, body.details)
        if ('status' in details) return fail(details)
        const subject = checkSubject(body.onBehalfOf, body.subject, beijingDate(now))
        if ('status' in subject) return fail(subject)
        const attachments = checkAttachments(body.type, body.onBehalfOf, body.attachments)
        if ('status' in attachments) return fail(attachments)
        let state = newRequestState(now)
        if (body.verificationToken) {
          if (!consumeVerificationToken(ctx, u.id, body.verificationToken, 'rights-request'))
            return fail(badToken())
          const t = transition(state, 'verified', now)
          if (t.ok) state = t.value
        }
        const id = ctx.ids()
        db.prepare(
          `INSERT INTO rights_requests (id, user_id, type, on_behalf_of, subject_json, details_json, status, history_json, submitted_at, idempotency_key, body_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          id,
          u.id,
          body.type,
          body.onBehalfOf,
          subject.value ? JSON.stringify(subject.value) : null,
          JSON.stringify(details.value),
          'submitted',
          '[]',
          now,
          body.idempotencyKey ?? null,
          hash,
        )
        saveAttachments(db, id, attachments.value, now, ctx.ids)
        saveState(db, id, state)
        // §3.4, §10.1(d), §9.3(b): a withdrawal never waits. The member can withdraw in the
        // consent center without any check, so one asked for by request takes effect at once:
        // not after verification or the staff's completion, not undone by a rejection or cancel.
        const withdrawals = withdrawalsAsked(body.type, body.onBehalfOf, details.value)
        if (withdrawals.length) {
          db.prepare('UPDATE rights_requests SET result_json = ? WHERE id = ?').run(
            JSON.stringify(withdrawForRequest(ctx, u, withdrawals)),
            id,
          )
        }
        ctx.log.info(
          { rightsRequest: { id, type: body.type, status: state.status } },
          'rights request submitted',
        )
        return ok(rightsRequestDtoOf(getRightsRow(db, id) as RightsRow), 201)
      })()
    },
    {
      // Room for the photos (base64) on top of the usual 64 KiB.
      bodyLimit: 64 * 1024 + MAX_ATTACHMENTS * Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3),
    },
  )

  register(app, ctx, routes.listRightsRequests, ({ user }) => {
    if (!user) return fail(errors.unauthorised())
    const rows = db
      .prepare<[string], RightsRow>(
        `${RIGHTS_SELECT} WHERE user_id = ? ORDER BY submitted_at, rights_requests.rowid`,
      )
      .all(user.id)
    return ok({ requests: rows.map(rightsRequestDtoOf) })
  })

  // Every id is scoped to its owner: another user's request answers 404, not 403.
  register(app, ctx, routes.getRightsRequest, ({ user, params }) => {
    const row = user && getRightsRow(db, params.id, user.id)
    return row ? ok(rightsRequestDtoOf(row)) : fail(errors.notFound())
  })

  register(app, ctx, routes.verifyRightsRequest, ({ user, params, body }) => {
    if (!user) return fail(errors.unauthorised())
    return db.transaction(() => {
      const row = getRightsRow(db, params.id, user.id)
      if (!row) return fail(errors.notFound())
      if (row.status !== 'submitted')
        return fail(invalidTransition(row.status as RightsRequestStatus, 'verified'))
      if (!consumeVerificationToken(ctx, user.id, body.verificationToken, 'rights-request'))
        return fail(badToken())
      const t = transition(stateOf(row), 'verified', ctx.clock())
      if (!t.ok) return fail(invalidTransition(t.from, t.to))
      saveState(db, row.id, t.value)
      return ok(rightsRequestDtoOf(getRightsRow(db, row.id) as RightsRow))
    })()
  })

  register(app, ctx, routes.cancelRightsRequest, ({ user, params }) => {
    if (!user) return fail(errors.unauthorised())
    const row = getRightsRow(db, params.id, user.id)
    if (!row) return fail(errors.notFound())
    const t = transition(stateOf(row), 'cancelled', ctx.clock())
    if (!t.ok) return fail(invalidTransition(t.from, t.to))
    db.transaction(() => {
      saveState(db, row.id, t.value)
      // §8.1: a cancelled request is never acted on, so its photos (a document, a birth or
      // death certificate) have no purpose left: they go now, not with the member's data.
      db.prepare('DELETE FROM rights_attachments WHERE request_id = ?').run(row.id)
    })()
    return ok(rightsRequestDtoOf(getRightsRow(db, row.id) as RightsRow))
  })
}
