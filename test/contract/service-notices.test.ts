/**
 * §3.5 service notices by WeChat subscribe message, the app's own code (recordSubscribeAnswers,
 * the client) against the real mock server: a notice is recorded at the event, for the member
 * who accepted that template for that request or receipt, once per acceptance; never for a
 * declined, banned or unasked template, never across members, never for marketing.
 */
import {
  serviceNoticeByKey,
  type ServiceNoticeTemplateId as TemplateId,
} from '../../src/catalogue/subscribe-templates'
import { wechatDate, wechatTime } from '../../src/domain/service-notices'
import { recordSubscribeAnswers } from '../../src/hooks/use-service-notices'
import { createIdGenerator } from '../../src/domain/ids'
import {
  err,
  ev,
  must,
  smsVerified,
  startServer,
  type Member,
  type TestServer,
} from './support/server'

const PROGRESS = serviceNoticeByKey['rights-progress'].templateId
const RESULT = serviceNoticeByKey['rights-result'].templateId
const REVIEW = serviceNoticeByKey['receipt-review'].templateId
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 7),
]).toString('base64')

let uploads = 0
const newKey = createIdGenerator()

describe('§3.5 service notices: one accepted subscription, one notice at the event', () => {
  let s: TestServer
  let alice: Member
  beforeEach(async () => {
    s = await startServer()
    alice = await s.login('alice')
    must(await alice.api.call('updateProfile', { body: { phone: '13812345678' } }))
  })
  afterEach(() => s.close())

  /** A verified §10.1(g) request of `m` (verification makes it ready for the staff). */
  async function request(m: Member, type: 'explain-rules' | 'delete-deregister' = 'explain-rules') {
    const details: Record<string, string> =
      type === 'explain-rules'
        ? { question: '你们如何使用我的位置信息？' }
        : { scope: 'account', ground: 'purpose-fulfilled' }
    // §10.3 one code a minute per phone: each request waits out the resend cooldown.
    s.advance(61_000)
    return must(
      await m.api.call('createRightsRequest', {
        body: {
          type,
          onBehalfOf: 'self',
          details,
          verificationToken: await smsVerified(s, m),
          idempotencyKey: `key-${newKey()}`,
        },
      }),
    )
  }

  async function receipt(m: Member) {
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('receipt-photos', 'grant', s.now() - 1000)] },
      }),
    )
    return must(
      await m.api.call('uploadReceipt', {
        body: {
          uploadKey: `rcp-notice-${(uploads += 1)}`,
          mimeType: 'image/png',
          imageBase64: PNG,
          amountFen: 12_850,
          storeName: '云间咖啡',
          purchasedAt: Date.UTC(2026, 10, 23, 4),
        },
      }),
    )
  }

  const notices = async (query: { userId?: string; templateId?: TemplateId } = {}) =>
    must(await s.admin.call('adminListServiceNotices', { query })).notices

  it('§10.1 §10.3 accepted progress and result notices: one each, when INDIGO acts, opening the request with its data', async () => {
    const r = await request(alice)
    const taken = await recordSubscribeAnswers(
      alice.api.call,
      { [PROGRESS]: 'accept', [RESULT]: 'accept' },
      { requestId: r.id },
      newKey,
    )
    expect(taken).toBe(2)
    expect(await notices()).toEqual([])
    s.advance(3600_000)
    const advanced = must(
      await s.admin.call('adminAdvanceRightsRequest', { params: { id: r.id }, body: {} }),
    )
    const [progress, ...none] = await notices()
    expect(none).toEqual([])
    expect(progress).toEqual({
      id: expect.any(String),
      userId: alice.userId,
      templateId: PROGRESS,
      subject: { kind: 'rights-request', id: r.id },
      page: `packages/rights/pages/detail/index?id=${r.id}`,
      data: {
        thing1: { value: '解释个人信息处理规则' },
        phrase2: { value: '处理中' },
        time3: { value: wechatTime(s.now()) },
        date4: { value: wechatDate(advanced.dueDate ?? '') },
      },
      lang: 'zh_CN',
      createdAt: s.now(),
    })
    expect(progress?.data['time3']?.value).toBe('2026年11月24日 11:01')
    s.advance(3600_000)
    must(await s.admin.call('adminCompleteRightsRequest', { params: { id: r.id }, body: {} }))
    const result = await notices({ templateId: RESULT })
    expect(result.map((n) => [n.page, n.data])).toEqual([
      [
        `packages/rights/pages/detail/index?id=${r.id}`,
        {
          thing1: { value: '解释个人信息处理规则' },
          phrase2: { value: '已办结' },
          time3: { value: '2026年11月24日 12:01' },
        },
      ],
    ])
  })

  it('§10.4 a refusal is a result notice too ("未予办理"); the member reads the reason on the page it opens', async () => {
    const r = await request(alice)
    await recordSubscribeAnswers(
      alice.api.call,
      { [RESULT]: 'accept' },
      { requestId: r.id },
      newKey,
    )
    must(
      await s.admin.call('adminRejectRightsRequest', {
        params: { id: r.id },
        body: {
          reason: 'unreasonable',
          message: { 'zh-CN': '涉及他人隐私。', en: 'Privacy of others.' },
        },
      }),
    )
    const [n] = await notices()
    expect(n?.data['phrase2']).toEqual({ value: '未予办理' })
    expect(n?.page).toBe(`packages/rights/pages/detail/index?id=${r.id}`)
  })

  it('§3.5 declined, banned or never asked: nothing is recorded for the member, whatever INDIGO does', async () => {
    const declined = await request(alice)
    const banned = await request(alice)
    const unasked = await request(alice)
    expect(
      await recordSubscribeAnswers(
        alice.api.call,
        { [PROGRESS]: 'reject', [RESULT]: 'ban' },
        { requestId: declined.id },
        newKey,
      ),
    ).toBe(2)
    await recordSubscribeAnswers(
      alice.api.call,
      { [PROGRESS]: 'ban', [RESULT]: 'reject' },
      { requestId: banned.id },
      newKey,
    )
    // A dialog that never opened (no tap, an error) asked nothing: nothing is sent.
    expect(
      await recordSubscribeAnswers(
        alice.api.call,
        { [PROGRESS]: 'failed', [RESULT]: 'failed' },
        { requestId: unasked.id },
        newKey,
      ),
    ).toBe(0)
    for (const r of [declined, banned, unasked]) {
      must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: r.id }, body: {} }))
      must(await s.admin.call('adminCompleteRightsRequest', { params: { id: r.id }, body: {} }))
    }
    expect(await notices()).toEqual([])
  })

  it('§3.1(m) the receipt review notice: approved with its points, rejected with the reason; the receipts page opens', async () => {
    const a = await receipt(alice)
    const b = await receipt(alice)
    for (const r of [a, b])
      await recordSubscribeAnswers(
        alice.api.call,
        { [REVIEW]: 'accept' },
        { receiptId: r.id },
        newKey,
      )
    s.advance(60_000)
    must(
      await s.admin.call('adminReviewReceipt', {
        params: { id: a.id },
        body: { decision: 'approve' },
      }),
    )
    must(
      await s.admin.call('adminReviewReceipt', {
        params: { id: b.id },
        body: { decision: 'reject', reason: { 'zh-CN': '小票模糊，无法识别。', en: 'Blurred.' } },
      }),
    )
    const list = await notices({ userId: alice.userId })
    expect(list.map((n) => [n.subject.id, n.page, n.data])).toEqual([
      [
        a.id,
        'packages/member/pages/receipts/index',
        {
          thing1: { value: '云间咖啡' },
          amount2: { value: '¥128.50' },
          phrase3: { value: '审核通过' },
          number4: { value: '128' },
          time5: { value: wechatTime(s.now()) },
        },
      ],
      [
        b.id,
        'packages/member/pages/receipts/index',
        {
          thing1: { value: '云间咖啡' },
          amount2: { value: '¥128.50' },
          phrase3: { value: '未通过' },
          number4: { value: '0' },
          time5: { value: wechatTime(s.now()) },
          thing6: { value: '小票模糊，无法识别。' },
        },
      ],
    ])
  })

  it('§3.5 one acceptance is one message: not for another receipt, not again on a repeated review; a lost answer resent is the same credit', async () => {
    const a = await receipt(alice)
    const b = await receipt(alice)
    const body = {
      key: 'sn-retry-0001',
      templateId: REVIEW,
      answer: 'accept',
      context: { receiptId: a.id },
    } as const
    const first = must(await alice.api.call('recordServiceNoticeAnswer', { body }))
    expect(first).toMatchObject({
      answer: 'accept',
      credit: 'unused',
      context: { receiptId: a.id },
    })
    // The app's retry after a lost answer: the same key is the same record, 200, not a second credit.
    const again = await alice.api.call('recordServiceNoticeAnswer', { body })
    expect(again.ok && again.status).toBe(200)
    expect(must(again).id).toBe(first.id)
    expect(
      err(
        await alice.api.call('recordServiceNoticeAnswer', { body: { ...body, answer: 'reject' } }),
      ),
    ).toMatchObject({ status: 409, code: 'subscription-key-reused' })
    for (const r of [a, b])
      must(
        await s.admin.call('adminReviewReceipt', {
          params: { id: r.id },
          body: { decision: 'approve' },
        }),
      )
    // Approving a again answers the same; no second notice.
    must(
      await s.admin.call('adminReviewReceipt', {
        params: { id: a.id },
        body: { decision: 'approve' },
      }),
    )
    expect((await notices()).map((n) => n.subject.id)).toEqual([a.id])
    expect(must(await alice.api.call('recordServiceNoticeAnswer', { body })).credit).toBe('used')
  })

  it('§10.1(c) a closed account gets no result notice, and its subscriptions go with the erasure', async () => {
    const r = await request(alice, 'delete-deregister')
    await recordSubscribeAnswers(
      alice.api.call,
      { [RESULT]: 'accept' },
      { requestId: r.id },
      newKey,
    )
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: r.id }, body: {} }))
    must(await s.admin.call('adminCompleteRightsRequest', { params: { id: r.id }, body: {} }))
    expect(await notices()).toEqual([])
    const left = s.db
      .prepare<[string], { n: number }>(
        'SELECT (SELECT COUNT(*) FROM service_notice_subscriptions WHERE user_id = ?) AS n',
      )
      .get(alice.userId)
    expect(left?.n).toBe(0)
  })

  it("§3.5 attacker: no credit on another member's request or receipt, no template outside the catalogue, clear bilingual 400s", async () => {
    const mallory = await s.login('mallory')
    must(await mallory.api.call('updateProfile', { body: { phone: '13712345678' } }))
    const r = await request(alice)
    const rc = await receipt(alice)
    const answer = (over: Record<string, unknown>) =>
      s.raw('POST', '/v1/me/service-notices/subscriptions', {
        headers: { authorization: `Bearer ${mallory.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          key: `sn-${newKey()}`,
          templateId: PROGRESS,
          answer: 'accept',
          context: { requestId: r.id },
          ...over,
        }),
      })
    // Alice's request and receipt do not exist for mallory: 404, as every other id route.
    expect((await answer({})).status).toBe(404)
    expect((await answer({ templateId: REVIEW, context: { receiptId: rc.id } })).status).toBe(404)
    // The old marketing template, or any other id, is not a service notice.
    for (const templateId of [
      'INDIGO-OFFERS-TEMPLATE',
      'zun-LzcQyW-edafCVvzPkK4de2Rllr1fFpw2A_x0oXE',
    ]) {
      const res = await answer({ templateId })
      expect([res.status, res.body.error.code]).toEqual([400, 'unknown-template'])
      expect(res.body.error.message['zh-CN']).toContain('不能订阅营销消息')
      expect(res.body.error.message.en).toContain('never marketing')
    }
    const mine = await request(mallory)
    for (const context of [
      { receiptId: mine.id },
      { requestId: mine.id, receiptId: mine.id },
      {},
    ]) {
      const res = await answer({ context })
      expect([res.status, res.body.error.code]).toEqual([400, 'notice-context-mismatch'])
      expect(res.body.error.message['zh-CN']).toContain('请求编号')
      expect(res.body.error.message.en).toContain('requestId')
    }
    const bad = await answer({ answer: 'maybe', context: { requestId: mine.id } })
    expect([bad.status, bad.body.error.code]).toEqual([400, 'validation-failed'])
    expect(bad.body.error.message['zh-CN']).toBeTruthy()
    // Her own accepted credit does nothing for alice's request.
    expect((await answer({ context: { requestId: mine.id } })).status).toBe(201)
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: r.id }, body: {} }))
    expect(await notices()).toEqual([])
    // The recorded notices are for staff: a member's session is not an admin token.
    const peek = await s.raw('GET', '/v1/admin/service-notices', {
      headers: { authorization: `Bearer ${mallory.token}` },
    })
    expect([peek.status, peek.body.error.code]).toEqual([401, 'admin-token-required'])
  })

  it('§3.1(g) §3.5 a service-notice subscription is not marketing consent, and marketing consent gives no notice', async () => {
    const r = await request(alice)
    await recordSubscribeAnswers(
      alice.api.call,
      { [PROGRESS]: 'accept' },
      { requestId: r.id },
      newKey,
    )
    const audience = async () =>
      must(await s.admin.call('adminAudience', { query: { channel: 'wechat' } })).members.map(
        (m) => m.userId,
      )
    expect(await audience()).toEqual([])
    const bob = await s.login('bob')
    must(
      await bob.api.call('postConsentEvents', {
        body: { events: [ev('marketing-wechat', 'grant', s.now() - 1000)] },
      }),
    )
    // WeChat marketing goes to the Official Account's consenting audience: bob, not alice.
    expect(await audience()).toEqual([bob.userId])
    must(await bob.api.call('updateProfile', { body: { phone: '13912345678' } }))
    const bobs = await request(bob)
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: bobs.id }, body: {} }))
    expect((await notices()).map((n) => n.userId)).toEqual([])
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: r.id }, body: {} }))
    expect((await notices()).map((n) => n.userId)).toEqual([alice.userId])
  })
})
