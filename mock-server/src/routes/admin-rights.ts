/**
 * Admin side of §10 rights requests: advance (verified -> in progress), complete (attaching the
 * result and carrying out what the request asks) and reject with a reason (§10.4).
 */
import type { FastifyInstance } from 'fastify'
import type { RequestDataCategory, RightsRequestType } from '../../../src/catalogue/rights'
import { routes } from '../../../src/contract/routes'
import { transition, type RightsRequestState } from '../../../src/domain/rights-request'
import { rightsRequestNotice } from '../../../src/domain/service-notices'
import { getUser } from '../db/users'
import type { Ctx } from '../lib/context'
import { errors } from '../lib/errors'
import { fail, ok, register } from '../lib/http'
import { deleteCategories, eraseUser, exportOf } from '../lib/member-data'
import { withdrawalsAsked, withdrawForRequest } from '../lib/rights-withdrawals'
import {
  getRightsRow,
  RIGHTS_SELECT,
  rightsRequestDtoOf,
  saveState,
  stateOf,
  type RightsRow,
} from '../lib/rights-rows'
import { recordServiceNotice } from '../lib/service-notices'
import { invalidTransition } from './rights-requests'

/** §3.5, §10: the member's notice of INDIGO's step, if they accepted one for this request. */
function notify(ctx: Ctx, row: RightsRow, state: RightsRequestState): void {
  const at = state.history.at(-1)?.at ?? ctx.clock()
  recordServiceNotice(
    ctx,
    row.user_id,
    rightsRequestNotice({
      id: row.id,
      type: row.type as RightsRequestType,
      status: state.status,
      at,
      ...(state.dueDate ? { dueDate: state.dueDate } : {}),
      ...(state.dueDateEstimated ? { dueDateEstimated: true } : {}),
    }),
  )
}

/**
 * Carries out what a completed request asks; answers the result to attach. Only a request made
 * for oneself acts on the requester's account: a guardian's or next of kin's request concerns
 * another person (§10.1, §12.3), whose account the staff find themselves, so the requester's
 * own data is never exported, withdrawn or erased for it.
 */
function carryOut(ctx: Ctx, row: RightsRow, given: Record<string, unknown> | undefined): unknown {
  const user = getUser(ctx.db, row.user_id)
  const details = JSON.parse(row.details_json) as Record<string, unknown>
  if (!user || row.on_behalf_of !== 'self') return given ?? {}
  // §3.4: withdrawn at submission (rights-requests.ts); what was granted again since goes now.
  const withdrawals = withdrawalsAsked(row.type, row.on_behalf_of, details)
  if (withdrawals.length)
    return { ...given, ...withdrawForRequest(ctx, user, withdrawals, row.result_json) }
  switch (row.type) {
    case 'access-copy':
      return given ?? { export: exportOf(ctx, user) }
    case 'delete-deregister': {
      if (details['scope'] === 'account') {
        return { ...given, erasure: eraseUser(ctx, user.id, 'rights-request', row.id) }
      }
      const cats = (
        Array.isArray(details['categories']) ? details['categories'] : []
      ) as RequestDataCategory[]
      return { ...given, deleted: deleteCategories(ctx, user.id, cats) }
    }
    default:
      return given ?? {}
  }
}

export function registerAdminRightsRoutes(app: FastifyInstance, ctx: Ctx): void {
  const { db } = ctx
  register(app, ctx, routes.adminListRightsRequests, () => {
    const rows = db
      .prepare<[], RightsRow>(`${RIGHTS_SELECT} ORDER BY submitted_at, rights_requests.rowid`)
      .all()
    return ok({ requests: rows.map(rightsRequestDtoOf) })
  })

  register(app, ctx, routes.adminGetRightsRequest, ({ params }) => {
    const row = getRightsRow(db, params.id)
    return row ? ok(rightsRequestDtoOf(row)) : fail(errors.notFound())
  })

  // §10.1, §10.3: the staff look at a request's evidence or proof of relationship. Read only
  // through its request: a photo of a deleted request is gone with it.
  register(app, ctx, routes.adminGetRightsAttachment, ({ params }) => {
    const a = db
      .prepare<
        [string, string],
        {
          id: string
          request_id: string
          kind: string
          mime_type: string
          size_bytes: number
          image: Buffer
          created_at: number
        }
      >('SELECT * FROM rights_attachments WHERE id = ? AND request_id = ?')
      .get(params.attachmentId, params.id)
    if (!a) return fail(errors.notFound())
    ctx.log.info({ rightsAttachment: { requestId: a.request_id, id: a.id } }, 'photo viewed')
    return ok({
      id: a.id,
      requestId: a.request_id,
      kind: a.kind,
      mimeType: a.mime_type,
      sizeBytes: a.size_bytes,
      uploadedAt: a.created_at,
      imageBase64: a.image.toString('base64'),
    })
  })

  register(app, ctx, routes.adminAdvanceRightsRequest, ({ params, body }) => {
    const row = getRightsRow(db, params.id)
    if (!row) return fail(errors.notFound())
    const t = transition(
      stateOf(row),
      'in-progress',
      ctx.clock(),
      body.note ? { note: body.note } : {},
    )
    if (!t.ok) return fail(invalidTransition(t.from, t.to))
    db.transaction(() => {
      saveState(db, row.id, t.value)
      notify(ctx, row, t.value)
    })()
    return ok(rightsRequestDtoOf(getRightsRow(db, row.id) as RightsRow))
  })

  register(app, ctx, routes.adminCompleteRightsRequest, ({ params, body }) => {
    return db.transaction(() => {
      const row = getRightsRow(db, params.id)
      if (!row) return fail(errors.notFound())
      const t = transition(
        stateOf(row),
        'completed',
        ctx.clock(),
        body.note ? { note: body.note } : {},
      )
      if (!t.ok) return fail(invalidTransition(t.from, t.to))
      const result = carryOut(ctx, row, body.result)
      saveState(db, row.id, t.value, result)
      if (
        row.type === 'delete-deregister' &&
        row.on_behalf_of === 'self' &&
        (JSON.parse(row.details_json) as Record<string, unknown>)['scope'] === 'account'
      ) {
        // Minimal proof only: what was asked and when, no personal details.
        db.prepare(
          'UPDATE rights_requests SET subject_json = NULL, details_json = ? WHERE id = ?',
        ).run(JSON.stringify({ scope: 'account' }), row.id)
        db.prepare('DELETE FROM rights_attachments WHERE request_id = ?').run(row.id)
      }
      // After carrying it out: a closed account has no one left to notify (no notice).
      notify(ctx, row, t.value)
      return ok(rightsRequestDtoOf(getRightsRow(db, row.id) as RightsRow))
    })()
  })

  register(app, ctx, routes.adminRejectRightsRequest, ({ params, body }) => {
    const row = getRightsRow(db, params.id)
    if (!row) return fail(errors.notFound())
    const t = transition(stateOf(row), 'rejected', ctx.clock(), {
      rejection: { reason: body.reason, message: body.message },
    })
    if (!t.ok) return fail(invalidTransition(t.from, t.to))
    db.transaction(() => {
      saveState(db, row.id, t.value)
      notify(ctx, row, t.value)
    })()
    return ok(rightsRequestDtoOf(getRightsRow(db, row.id) as RightsRow))
  })
}
