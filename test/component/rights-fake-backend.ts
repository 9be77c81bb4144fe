/**
 * A small in-memory stand-in for the mock server's §10 routes, for component tests: answers
 * in the contract's shapes, counts calls, and can hold a response until the test releases it
 * (double taps are tested by order of events, never by time).
 */
import type { RightsRequestDto } from '../../src/contract/rights-requests'
import { dueDateFields } from '../../src/domain/rights-request'
import type { HttpRequest, HttpResponse, Transport } from '../../src/services/api'

const bilingualError = (
  status: number,
  code: string,
  zh: string,
  en: string,
  details?: unknown,
) => ({
  status,
  headers: {},
  body: { error: { code, message: { 'zh-CN': zh, en }, ...(details ? { details } : {}) } },
})
const ok = (body: unknown, status = 200): HttpResponse => ({ status, headers: {}, body })

export interface FakeBackend {
  readonly transport: Transport
  readonly calls: string[]
  readonly requests: RightsRequestDto[]
  phone: string | null
  /** The numbers guardian codes were sent to. */
  readonly smsSentTo: string[]
  /** The code the fake "SMS" carries. */
  readonly code: string
  /** Holds every createRightsRequest response until release() is called. */
  holdCreates(): void
  release(): Promise<void>
  /** The next create is stored but its answer is lost (a network failure after the write). */
  loseNextCreateAnswer(): void
  /** The bodies of the creates that made a request (idempotency key, attachments). */
  readonly createBodies: readonly Record<string, unknown>[]
  /** §3.5 the answers to WeChat's subscribe dialog the app recorded. */
  readonly subscriptions: readonly Record<string, unknown>[]
}

export function fakeBackend(
  opts: {
    phone?: string | null
    /** §10.3: the next send is refused by the server's cooldown with this retry-after (s). */
    resendWaitSeconds?: number
  } = {},
): FakeBackend {
  const calls: string[] = []
  const requests: RightsRequestDto[] = []
  const tokens = new Set<string>()
  let attempts = 0
  let held: (() => void)[] | null = null
  let loseNext = false
  let resendWait = opts.resendWaitSeconds ?? 0
  const keyed = new Map<string, RightsRequestDto>()
  const createBodies: Record<string, unknown>[] = []
  const subscriptions: Record<string, unknown>[] = []
  let seq = 0
  // The app compares times with its own clock (a lost answer is looked for by time).
  const now = Date.now()

  async function handle(req: HttpRequest): Promise<HttpResponse> {
    const path = new URL(req.url).pathname
    const body = req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {}
    const key = `${req.method} ${path}`
    if (key === 'POST /v1/auth/login')
      return ok({ token: 'session-1', expiresAt: now + 7200_000, userId: 'u1', isNewUser: false })
    if (key === 'POST /v1/auth/logout') return ok({ ok: true })
    if (key === 'PUT /v1/me/profile') {
      backend.phone = String(body['phone'])
      return ok({ userId: 'u1', phone: backend.phone, createdAt: now })
    }
    if (key === 'POST /v1/verification/sms') {
      // §1.6, §12.2: the guardian's code goes to the phone in the body, not the member's.
      if (body['purpose'] === 'guardian') {
        const to = String(body['phone'])
        backend.smsSentTo.push(to)
        return ok({
          verificationId: `v${(seq += 1)}`,
          maskedPhone: `${to.slice(0, 3)}****${to.slice(-4)}`,
          expiresAt: now + 300_000,
        })
      }
      if (!backend.phone)
        return bilingualError(
          409,
          'no-phone-on-file',
          '请先在个人资料中绑定手机号码。',
          'Add a mobile number to your profile first.',
        )
      if (resendWait > 0) {
        const wait = resendWait
        resendWait = 0
        return {
          ...bilingualError(
            429,
            'resend-too-soon',
            `验证码已发送，请 ${wait} 秒后再重新获取。`,
            `A code was just sent; you can ask for another in ${wait} s.`,
            { retryAfterSeconds: wait },
          ),
          headers: { 'retry-after': String(wait) },
        }
      }
      attempts = 0
      return ok({
        verificationId: `v${(seq += 1)}`,
        maskedPhone: '138****5678',
        expiresAt: now + 300_000,
      })
    }
    if (key === 'POST /v1/verification/verify') {
      if (attempts >= 5)
        return {
          ...bilingualError(
            429,
            'too-many-attempts',
            '操作过于频繁，请 300 秒后再试。',
            'Too many attempts; try again in 300 s.',
          ),
          headers: { 'retry-after': '300' },
        }
      attempts += 1
      if (body['code'] !== backend.code) {
        const left = 5 - attempts
        return bilingualError(
          400,
          'wrong-code',
          `验证码不正确，还可尝试 ${left} 次。`,
          `Wrong code; ${left} attempts left.`,
          { attemptsLeft: left },
        )
      }
      const token = `token-${(seq += 1)}`
      tokens.add(token)
      return ok({ verificationToken: token, expiresAt: now + 900_000 })
    }
    if (key === 'POST /v1/rights-requests') {
      // §10.3, as the real server: the same member and key answer the same request.
      const idem = typeof body['idempotencyKey'] === 'string' ? body['idempotencyKey'] : null
      const byKey = idem ? keyed.get(idem) : undefined
      if (byKey) return ok(byKey, 200)
      const token = String(body['verificationToken'] ?? '')
      if (!tokens.delete(token))
        return bilingualError(
          400,
          'verification-invalid',
          '身份验证无效或已过期，请重新验证。',
          'The identity verification is invalid or expired; please verify again.',
        )
      const dto = {
        id: `r${(seq += 1)}`,
        type: body['type'],
        onBehalfOf: body['onBehalfOf'],
        ...(body['subject'] ? { subject: body['subject'] } : {}),
        details: body['details'],
        status: 'verified',
        history: [
          { status: 'submitted', at: now },
          { status: 'verified', at: now },
        ],
        submittedAt: now,
        verifiedAt: now,
        ...dueDateFields(now),
      } as RightsRequestDto
      requests.push(dto)
      if (idem) keyed.set(idem, dto)
      createBodies.push(body)
      if (loseNext) {
        loseNext = false
        throw new Error('request:fail timeout')
      }
      return ok(dto, 201)
    }
    if (key === 'POST /v1/me/service-notices/subscriptions') {
      subscriptions.push(body)
      return ok(
        {
          id: `s${(seq += 1)}`,
          templateId: body['templateId'],
          answer: body['answer'],
          context: body['context'],
          credit: body['answer'] === 'accept' ? 'unused' : 'none',
          createdAt: now,
        },
        201,
      )
    }
    if (key === 'GET /v1/rights-requests') return ok({ requests })
    const one = /^\/v1\/rights-requests\/([^/]+)(\/cancel)?$/.exec(path)
    const found = one && requests.find((r) => r.id === one[1])
    if (one && !found) return bilingualError(404, 'not-found', '未找到。', 'Not found.')
    if (found && req.method === 'GET') return ok(found)
    if (found && one?.[2]) {
      const i = requests.indexOf(found)
      const next = {
        ...found,
        status: 'cancelled' as const,
        history: [...found.history, { status: 'cancelled' as const, at: now + 1 }],
      }
      requests[i] = next
      return ok(next)
    }
    return bilingualError(404, 'not-found', '未找到。', 'Not found.')
  }

  const backend: FakeBackend = {
    calls,
    requests,
    createBodies,
    subscriptions,
    phone: opts.phone === undefined ? '13812345678' : opts.phone,
    smsSentTo: [],
    code: '246810',
    transport: async (req) => {
      calls.push(`${req.method} ${new URL(req.url).pathname}`)
      if (held && req.url.endsWith('/v1/rights-requests') && req.method === 'POST') {
        await new Promise<void>((resolve) => held?.push(resolve))
      }
      return handle(req)
    },
    holdCreates() {
      held = []
    },
    async release() {
      const waiting = held ?? []
      held = null
      for (const r of waiting) r()
      await Promise.resolve()
    },
    loseNextCreateAnswer() {
      loseNext = true
    },
  }
  return backend
}
