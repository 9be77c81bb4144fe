/**
 * An in-memory stand-in for the mock server's member routes, for the member component tests:
 * the contract's shapes (the client validates them), consent gates derived from the events the
 * app's sync engine posts, deletion on withdrawal, idempotent redemption. The real server is
 * exercised by test/contract/member-client.test.ts.
 */
import { catalogueConsentContext } from '../../src/domain/catalogue-context'
import type { ConsentEvent } from '../../src/domain/consent-event'
import { deriveConsentState } from '../../src/domain/ledger'
import { classifyPlate, validatePlate } from '../../src/domain/validators/plate'
import type { HttpRequest, HttpResponse, Transport } from '../../src/services/api'

const ok = (body: unknown, status = 200): HttpResponse => ({ status, headers: {}, body })
const fail = (status: number, code: string): HttpResponse => ({
  status,
  headers: {},
  body: { error: { code, message: { 'zh-CN': `错误 ${code}`, en: `error ${code}` } } },
})

interface Receipt {
  id: string
  storeName: string
  amountFen: number
  purchasedAt: number
  status: 'pending' | 'approved' | 'rejected'
  points: number
  pointsAwarded: number
  uploadKey: string
  reviewReason?: { 'zh-CN': string; en: string }
  hasImage: boolean
  mimeType?: string
  createdAt: number
}

export function memberBackend(
  opts: { balance?: number; now?: number; birthDate?: string | null } = {},
) {
  // The app's clock (buildTestServices), so a session it hands out is live when the app checks.
  const now = opts.now ?? Date.now()
  const ledger: ConsentEvent[] = []
  const calls: string[] = []
  const plates: Array<{ id: string; plate: string; kind: string; createdAt: number }> = []
  const receipts: Receipt[] = []
  const history: Array<{ delta: number; reason: string; ref: string; at: number }> = []
  if (opts.balance) history.push({ delta: opts.balance, reason: 'opening', ref: 'seed', at: now })
  const redemptions = new Map<string, { rewardId: string; points: number; balance: number }>()
  let phone: string | undefined
  let pendingPhone: string | null = null
  let ids = 0
  const uploadKeys: string[] = []
  /** §3.5 the answers to WeChat's subscribe dialog the app recorded. */
  const subscriptions: Array<Record<string, unknown>> = []
  let loseAnswers = 0
  const balance = () => history.reduce((s, h) => s + h.delta, 0)
  const granted = (id: string) =>
    deriveConsentState(ledger, catalogueConsentContext(false))[id]?.granted === true
  // A member who signed up before (the date of birth is known) unless a test says otherwise.
  let birthDate = opts.birthDate === undefined ? '1990-05-01' : opts.birthDate
  const profileCalls: Array<Record<string, unknown>> = []
  const profile = () => ({
    userId: 'u-1',
    createdAt: now,
    ...(phone ? { phone } : {}),
    ...(birthDate ? { birthDate } : {}),
  })

  function handle(req: HttpRequest): HttpResponse {
    const url = new URL(req.url)
    const key = `${req.method} ${url.pathname}`
    calls.push(key)
    const body = req.body ? JSON.parse(req.body) : {}
    if (key === 'POST /v1/auth/login') {
      return ok({ token: 't-1', expiresAt: now + 86_400_000, userId: 'u-1', isNewUser: false })
    }
    if (!req.headers.authorization) return fail(401, 'unauthorised')
    if (key === 'POST /v1/consents/events') {
      // As the server does: a purpose that ends this batch withdrawn, and was not before,
      // has its data deleted (the batch sends withdrawals first, so compare whole states).
      const deleted: Array<{ purposeId: string; category: string; count: number }> = []
      const before = deriveConsentState(ledger, catalogueConsentContext(false))
      for (const e of body.events as ConsentEvent[]) {
        if (!ledger.some((x) => x.eventId === e.eventId)) ledger.push(e)
      }
      const after = deriveConsentState(ledger, catalogueConsentContext(false))
      for (const id of new Set((body.events as ConsentEvent[]).map((e) => e.purposeId))) {
        if (after[id]?.status !== 'withdrawn' || before[id]?.status === 'withdrawn') continue
        if (id === 'licence-plates') {
          deleted.push({ purposeId: id, category: 'licence-plate', count: plates.length })
          plates.splice(0)
        } else if (id === 'receipt-photos') {
          const withImage = receipts.filter((r) => r.hasImage)
          for (const r of withImage) {
            r.hasImage = false
            delete r.mimeType
          }
          deleted.push({ purposeId: id, category: 'receipt-photos', count: withImage.length })
        } else {
          deleted.push({ purposeId: id, category: id, count: 0 })
        }
      }
      const results = (body.events as ConsentEvent[]).map((e, i) => ({
        eventId: e.eventId,
        outcome: 'stored',
        seq: i + 1,
        hash: 'h',
        at: e.at,
        clamped: false,
      }))
      return ok({ results, purposes: [], deleted })
    }
    if (key === 'GET /v1/me/profile') return ok(profile())
    if (key === 'PUT /v1/me/profile') {
      profileCalls.push(body)
      // A typed number waits for its SMS code: it is not the member's phone (§3.1(b)).
      if (body.phone !== undefined) pendingPhone = body.phone
      if (body.birthDate !== undefined) birthDate = body.birthDate
      return ok(profile())
    }
    if (key === 'POST /v1/me/phone') {
      // As the server does: only a code WeChat (or the H5 mock) vouches for binds a number.
      const m = /^mockphone:(\d{11})(?::[A-Za-z0-9_-]+)?$/.exec(String(body.code))
      if (!m) return fail(400, 'invalid-phone-code')
      phone = m[1]
      return ok(profile())
    }
    if (key === 'GET /v1/me/points') return ok({ balance: balance(), history })
    if (key === 'POST /v1/me/points/redemptions') {
      const prior = redemptions.get(body.redemptionId)
      if (prior) {
        if (prior.points !== body.points || prior.rewardId !== body.rewardId) {
          return fail(409, 'redemption-id-conflict')
        }
        return ok({ redemptionId: body.redemptionId, ...prior, at: now })
      }
      if (balance() < body.points) return fail(409, 'insufficient-points')
      history.push({ delta: -body.points, reason: 'redemption', ref: body.redemptionId, at: now })
      const done = { rewardId: body.rewardId, points: body.points, balance: balance() }
      redemptions.set(body.redemptionId, done)
      return ok({ redemptionId: body.redemptionId, ...done, at: now })
    }
    if (key === 'GET /v1/me/plates') return ok({ plates })
    if (key === 'POST /v1/me/plates') {
      if (!granted('licence-plates')) return fail(403, 'consent-required')
      const v = validatePlate(body.plate)
      if (!v.ok) return fail(400, v.code)
      const row = {
        id: `p${(ids += 1)}`,
        plate: v.value,
        kind: classifyPlate(v.value) ?? 'regular',
        createdAt: now,
      }
      plates.push(row)
      return ok(row, 201)
    }
    if (req.method === 'DELETE' && url.pathname.startsWith('/v1/me/plates/')) {
      const i = plates.findIndex((p) => url.pathname.endsWith(`/${p.id}`))
      if (i < 0) return fail(404, 'not-found')
      plates.splice(i, 1)
      return ok({ ok: true })
    }
    if (key === 'POST /v1/me/service-notices/subscriptions') {
      subscriptions.push(body)
      return ok(
        {
          id: `s${(ids += 1)}`,
          templateId: body.templateId,
          answer: body.answer,
          context: body.context,
          credit: body.answer === 'accept' ? 'unused' : 'none',
          createdAt: now,
        },
        201,
      )
    }
    if (key === 'GET /v1/me/receipts') return ok({ receipts })
    if (key === 'POST /v1/me/receipts') {
      if (!granted('receipt-photos')) return fail(403, 'consent-required')
      uploadKeys.push(body.uploadKey)
      // As the server does: the same key answers the same receipt (§2.1(c)).
      const prior = receipts.find((r) => r.uploadKey === body.uploadKey)
      if (prior) return ok(prior)
      const r: Receipt = {
        id: `r${(ids += 1)}`,
        storeName: body.storeName,
        amountFen: body.amountFen,
        purchasedAt: body.purchasedAt,
        status: 'pending',
        points: Math.floor(body.amountFen / 100),
        pointsAwarded: 0,
        uploadKey: body.uploadKey,
        hasImage: true,
        mimeType: body.mimeType,
        createdAt: now + ids,
      }
      receipts.push(r)
      return ok(r, 201)
    }
    return fail(404, 'not-found')
  }

  const held = new Map<string, Promise<void>>()
  const dropped = new Set<string>()
  const transport: Transport = async (req) => {
    const gate = held.get(`${req.method} ${new URL(req.url).pathname}`)
    if (gate) await gate
    const key = `${req.method} ${new URL(req.url).pathname}`
    if (dropped.delete(key)) throw new Error('request:fail offline')
    const res = handle(req)
    if (loseAnswers > 0) {
      loseAnswers -= 1
      throw new Error('request:fail timeout')
    }
    return res
  }
  return {
    transport,
    calls,
    plates,
    receipts,
    profileCalls,
    uploadKeys,
    subscriptions,
    /** The mall's review (the admin route): points are credited on approval only. */
    review(id: string, decision: 'approve' | 'reject', reason?: Receipt['reviewReason']) {
      const r = receipts.find((x) => x.id === id)
      if (!r || r.status !== 'pending') throw new Error(`no pending receipt ${id}`)
      r.status = decision === 'approve' ? 'approved' : 'rejected'
      if (r.status === 'approved') {
        r.pointsAwarded = r.points
        history.push({ delta: r.points, reason: 'receipt', ref: r.id, at: now })
      } else if (reason) r.reviewReason = reason
    },
    pendingPhone: () => pendingPhone,
    balance,
    history,
    /** Holds requests to `key` until the returned release() is called (no timers). */
    hold(key: string): () => void {
      let release = () => undefined as void
      held.set(
        key,
        new Promise<void>((r) => {
          release = () => {
            held.delete(key)
            r()
          }
        }),
      )
      return () => release()
    },
    /** The next request to `key` never reaches the server (the phone is offline). */
    dropNext(key: string) {
      dropped.add(key)
    },
    /** The next `n` requests are handled, but their answers never arrive. */
    loseAnswers(n: number) {
      loseAnswers = n
    },
    count: (key: string) => calls.filter((c) => c === key).length,
  }
}

export type MemberBackend = ReturnType<typeof memberBackend>
