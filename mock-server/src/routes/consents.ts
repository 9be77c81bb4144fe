/**
 * §1.5, §3, §7.3, §14: consents. GET derived state + ledger; POST a batch of events
 * (idempotent by eventId, 409 on the same id with other content, future times clamped; events
 * the server cannot vouch for are stored but never count as grants, see noticesFor);
 * GET receipts after the Kantara consent receipt / ISO/IEC TS 27560.
 */
import type { FastifyInstance } from 'fastify'
import { consentEvent, type ConsentReceipt, type EventNotice } from '../../../src/contract/consents'
import { routes } from '../../../src/contract/routes'
import { purposeNameById } from '../../../src/catalogue/purpose-copy/names'
import type { ConsentEvent } from '../../../src/domain/consent-event'
import { getUser } from '../db/users'
import {
  deriveFor,
  isKnownPurpose,
  isPublishedPolicyVersion,
  policyVersionIn,
  purposeOf,
  toDtos,
} from '../lib/consent-state'
import { appendEvents } from '../lib/consent-writes'
import type { Ctx } from '../lib/context'
import { errors, type ApiError } from '../lib/errors'
import { fail, ok, register, type AuthedUser } from '../lib/http'
import { registerPolicyRoutes } from './policy'
import { guardianPhoneVerified } from './verification'

export function registerConsentRoutes(app: FastifyInstance, ctx: Ctx): void {
  // §14.1: first, so every derivation below sees the versions published on this backend.
  registerPolicyRoutes(app, ctx)

  register(app, ctx, routes.getConsents, ({ user }) => {
    const u = user && getUser(ctx.db, user.id)
    if (!u) return fail(errors.unauthorised())
    const state = deriveFor(ctx.ledger, u, ctx.clock())
    const currentPolicyVersion = policyVersionIn(ctx.ledger)
    return ok({ currentPolicyVersion, purposes: toDtos(state), ledger: ctx.ledger.entries(u.id) })
  })

  register(
    app,
    ctx,
    routes.postConsentEvents,
    async ({ user, body }) => {
      const u = user && getUser(ctx.db, user.id)
      if (!u) return fail(errors.unauthorised())
      // A retransmitted copy of an event in the same batch is the same event: stored once.
      const events = onceEach(body.events)
      // §3.4: a batch refused because of some of its events still records its other withdrawals,
      // in their own transaction: a refused batch must never strand a withdrawal travelling in it
      // (the app sends withdrawals first, in the same batch as grants). The error lists them.
      const refuse = async (
        bad: ReadonlySet<string>,
        make: (stored: Record<string, unknown>) => ApiError,
      ) => {
        const keep = events.filter((e) => e.action === 'withdraw' && !bad.has(e.eventId))
        const kept = keep.length
          ? await ctx.groupCommit(() => appendEvents(ctx, u, keep))
          : undefined
        return fail(
          make(
            kept?.ok
              ? { storedWithdrawals: keep.map((e) => e.eventId), deleted: kept.deleted }
              : {},
          ),
        )
      }
      const seen = new Set<string>()
      const reusedIds = new Set<string>()
      for (const e of events) (seen.has(e.eventId) ? reusedIds : seen).add(e.eventId)
      const reused = [...reusedIds]
      if (reused.length) {
        return refuse(new Set(reused), (stored) =>
          errors.bad(
            'duplicate-event-in-batch',
            '同一批次中两个不同的事件使用了同一个编号。',
            'Two different events in the batch share an event id.',
            { eventId: reused[0], eventIds: reused, ...stored },
          ),
        )
      }
      // §1.6, §12.2: "given by the guardian with this phone" only when that phone was verified
      // by an SMS code on this member's account.
      const unverified = events.filter(
        (e) =>
          e.guardianPhone !== undefined &&
          (e.actor !== 'guardian' || !guardianPhoneVerified(ctx, u.id, e.guardianPhone)),
      )
      if (unverified.length) {
        const ids = unverified.map((e) => e.eventId)
        return refuse(new Set(ids), (stored) =>
          errors.bad(
            'guardian-phone-not-verified',
            '监护人的手机号码尚未通过验证码验证。',
            "The guardian's phone was not verified by SMS code.",
            { eventIds: ids, ...stored },
          ),
        )
      }
      const r = await ctx.groupCommit(() => appendEvents(ctx, u, events))
      if (!r.ok) {
        return refuse(new Set(r.conflicts), (stored) =>
          errors.conflict(
            'event-id-conflict',
            '事件编号已被用于不同的内容。',
            'This event id was already used with different content.',
            { eventIds: r.conflicts, ...stored },
          ),
        )
      }
      return ok({
        results: r.outcomes.map((o) => ({
          eventId: o.entry.eventId,
          outcome: o.kind,
          seq: o.entry.seq,
          hash: o.entry.hash,
          at: o.entry.at,
          clamped: o.clamped,
        })),
        purposes: toDtos(r.state),
        deleted: r.deleted,
        ...noticesFor(ctx, events),
      })
    },
    { onInvalidBody: (raw, user, error) => keepWithdrawalsOf(ctx, raw, user, error) },
  )

  register(app, ctx, routes.getConsentReceipts, ({ user }) => {
    const u = user && getUser(ctx.db, user.id)
    if (!u) return fail(errors.unauthorised())
    const receipts: ConsentReceipt[] = ctx.ledger.entries(u.id).map((e) => {
      // An event for a purpose this server does not know gets no other purpose's name.
      const p = purposeOf(e.purposeId)
      return {
        version: 'KI-CR-v1.1.0',
        jurisdiction: 'CN',
        consentTimestamp: Math.floor(e.at / 1000),
        collectionMethod: `indigo-mini-program:${e.source}`,
        consentReceiptID: e.hash,
        language: 'zh-CN',
        piiPrincipalId: u.id,
        piiControllers: [
          {
            piiController: 'INDIGO (颐堤港)',
            contact: 'Data Protection Officer',
            address: '25/F, ONE INDIGO, 20 Jiuxianqiao Road, Chaoyang District, Beijing, PRC',
            email: 'info@indigobeijing.com',
            onBehalf: false,
          },
        ],
        policyUrl: `indigo://privacy-policy/${encodeURIComponent(e.policyVersion)}`,
        services: [
          {
            service: 'INDIGO membership',
            purposes: [
              {
                purposeId: e.purposeId,
                purpose: purposeNameById[e.purposeId] ?? { 'zh-CN': e.purposeId, en: e.purposeId },
                purposeCategory: [p?.group ?? 'unknown'],
                consentType: p?.separateConsent ? 'EXPLICIT-SEPARATE' : 'EXPLICIT',
                piiCategory: [...(p?.dataCategories ?? [])],
                primaryPurpose: p?.required ?? false,
                termination:
                  e.action === 'withdraw'
                    ? 'withdrawn'
                    : 'until withdrawn; at most 6 years after the last transaction (§8.1)',
                thirdPartyDisclosure: false,
              },
            ],
          },
        ],
        sensitive: p?.sensitive ?? false,
        spiCat: p?.sensitive ? [...(p.dataCategories ?? [])] : [],
        event: {
          action: e.action,
          eventId: e.eventId,
          policyVersion: e.policyVersion,
          source: e.source,
          actor: e.actor,
          separateConsent: p?.separateConsent ?? false,
          ledgerSeq: e.seq,
          ledgerHash: e.hash,
        },
      }
    })
    return ok({ receipts })
  })
}

/**
 * §1.5, §14.1: what was stored but counts for nothing, said in both languages. Such events are
 * kept (idempotent, hash-chained like every other) rather than refusing the batch: the app sends
 * withdrawals in the same batch as grants, and a refused batch would strand them (§3.4).
 */
function noticesFor(ctx: Ctx, events: readonly ConsentEvent[]): { notices?: EventNotice[] } {
  const notices: EventNotice[] = []
  const unknownPurpose = events.filter((e) => !isKnownPurpose(e.purposeId))
  if (unknownPurpose.length) {
    notices.push({
      code: 'unknown-purpose',
      eventIds: unknownPurpose.map((e) => e.eventId),
      message: {
        'zh-CN': '已记录，但本服务不认识该处理目的，此记录不构成任何同意。',
        en: 'Recorded, but this service does not know the purpose: it counts as no consent.',
      },
    })
  }
  const unknownVersion = events.filter(
    (e) =>
      e.action === 'grant' &&
      isKnownPurpose(e.purposeId) &&
      !isPublishedPolicyVersion(ctx.ledger, e.policyVersion),
  )
  if (unknownVersion.length) {
    notices.push({
      code: 'unknown-policy-version',
      eventIds: unknownVersion.map((e) => e.eventId),
      message: {
        'zh-CN':
          '已记录，但该同意引用的隐私政策版本未曾发布，因此不视为已同意，请按现行政策重新确认。',
        en: 'Recorded, but this consent cites a privacy policy version that was never published, so it counts as not given; please confirm again under the current policy.',
      },
    })
  }
  return notices.length ? { notices } : {}
}

/** The batch with exact repeats (same id, same content) dropped; the first copy stays. */
function onceEach(events: readonly ConsentEvent[]): ConsentEvent[] {
  const seen = new Set<string>()
  return events.filter((e) => {
    const key = JSON.stringify(Object.entries(e).sort(([a], [b]) => (a < b ? -1 : 1)))
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * §3.4: a batch the contract refuses as a whole (a newer app's field value, one malformed event)
 * still records the withdrawals in it that are valid on their own and carry no guardian's claim
 * (that needs its check); the 400 lists them beside the issues.
 */
async function keepWithdrawalsOf(
  ctx: Ctx,
  raw: unknown,
  user: AuthedUser | undefined,
  error: ApiError,
): Promise<ApiError> {
  const u = user && getUser(ctx.db, user.id)
  const list =
    typeof raw === 'object' && raw !== null && Array.isArray((raw as { events?: unknown }).events)
      ? (raw as { events: unknown[] }).events.slice(0, 100)
      : []
  const keep = onceEach(
    list.flatMap((x) => {
      const r = consentEvent.safeParse(x)
      return r.success && r.data.action === 'withdraw' && r.data.guardianPhone === undefined
        ? [r.data]
        : []
    }),
  )
  if (!u || !keep.length) return error
  const kept = await ctx.groupCommit(() => appendEvents(ctx, u, keep))
  if (!kept.ok) return error
  return {
    ...error,
    details: {
      issues: error.details,
      storedWithdrawals: keep.map((e) => e.eventId),
      deleted: kept.deleted,
    },
  }
}
