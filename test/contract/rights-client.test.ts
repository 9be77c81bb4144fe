/**
 * The app's own rights-request code (drafts, validation, sendDraft, the export summary) against
 * the real mock server: a whole lifecycle, admin completion with an export, a rejection with
 * its reason, cancellation, double sends, lost answers and a restart mid-send.
 */
import { findExport, summariseExport } from '../../src/domain/export-summary'
import { newDraft, validateDraft, type RightsDraft } from '../../src/domain/rights-form'
import { beijingDate } from '../../src/domain/beijing-time'
import { sendDraft } from '../../src/hooks/use-rights-submit'
import { createApiClient, createFetchTransport, type Transport } from '../../src/services/api'
import { createMemoryStorage } from '../../src/services/fakes/memory-storage'
import { SAMPLE_RECEIPT_JPEG } from '../../src/services/fakes/media'
import { buildTestStore } from '../support/store'
import { err, lastSmsCode, must, startServer, type Member, type TestServer } from './support/server'

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

describe('§10 the app’s rights client against the mock server', () => {
  let s: TestServer
  let m: Member
  let createCalls: number
  let loseNextCreate: boolean
  let call: Member['api']['call']

  beforeEach(async () => {
    s = await startServer()
    m = await s.login('rights-client')
    must(await m.api.call('updateProfile', { body: { phone: '13812345678', nickname: 'Alice' } }))
    createCalls = 0
    loseNextCreate = false
    const fetchTransport = createFetchTransport()
    // The network the app sees: counts creates and can lose an answer after the server wrote.
    const transport: Transport = async (req) => {
      const res = await fetchTransport(req)
      if (req.method === 'POST' && req.url.endsWith('/v1/rights-requests')) {
        createCalls += 1
        if (loseNextCreate) {
          loseNextCreate = false
          throw new Error('request:fail timeout')
        }
      }
      return res
    }
    call = createApiClient({ baseUrl: s.url, transport, getToken: () => m.token }).call
  })
  afterEach(() => s.close())

  async function token(): Promise<string> {
    const sent = must(await call('sendSmsCode', { body: { purpose: 'rights-request' } }))
    const code = lastSmsCode(s.logs)
    return must(
      await call('verifySmsCode', { body: { verificationId: sent.verificationId, code } }),
    ).verificationToken
  }

  function storeWith(draft: RightsDraft, storage = createMemoryStorage()) {
    const { store } = buildTestStore({ storage, now: s.now })
    store.getState().saveDraft(draft)
    expect(validateDraft(draft, beijingDate(s.now()))).toEqual({})
    return { store, storage }
  }

  const deps = (store: ReturnType<typeof storeWith>['store']) => ({ call, store, now: s.now })

  it('§10.1(a) access: verified on creation, due in 15 working days, completed with an export the app summarises', async () => {
    const draft = {
      ...newDraft('access-copy', 'key-access-1', s.now()),
      details: { categories: ['profile', 'consents'] },
    }
    const { store } = storeWith(draft)
    const sent = await sendDraft(deps(store), 'access-copy', await token())
    if (!sent.ok) throw new Error(JSON.stringify(sent.error))
    expect(sent.request).toMatchObject({ status: 'verified', dueDate: '2026-12-15' })
    expect(store.getState().drafts['access-copy']).toBeUndefined()
    const id = sent.request.id
    s.advance(3600_000)
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id }, body: {} }))
    s.advance(3600_000)
    must(await s.admin.call('adminCompleteRightsRequest', { params: { id }, body: {} }))
    const done = must(await call('getRightsRequest', { params: { id } }))
    expect(done.history.map((h) => h.status)).toEqual([
      'submitted',
      'verified',
      'in-progress',
      'completed',
    ])
    const exp = findExport(done.result)
    expect(exp).not.toBeNull()
    const summary = summariseExport(exp ?? {})
    expect(summary.profile).toEqual(
      expect.arrayContaining([
        { field: 'nickname', value: 'Alice' },
        { field: 'phone', value: '13812345678' },
      ]),
    )
    expect(summary.counts.find((c) => c.section === 'rightsRequests')?.count).toBe(1)
  })

  it('§10.4 a refusal reaches the app with its reason and a message in both languages', async () => {
    const draft = {
      ...newDraft('explain-rules', 'key-explain-1', s.now()),
      details: { question: '你们如何使用我的位置？' },
    }
    const { store } = storeWith(draft)
    const sent = await sendDraft(deps(store), 'explain-rules', await token())
    if (!sent.ok) throw new Error('not sent')
    must(
      await s.admin.call('adminRejectRightsRequest', {
        params: { id: sent.request.id },
        body: {
          reason: 'unreasonable',
          message: {
            'zh-CN': '该问题涉及他人隐私。',
            en: 'The question concerns the privacy of others.',
          },
        },
      }),
    )
    const list = must(await call('listRightsRequests'))
    expect(list.requests[0]).toMatchObject({
      status: 'rejected',
      rejection: {
        reason: 'unreasonable',
        message: {
          'zh-CN': '该问题涉及他人隐私。',
          en: 'The question concerns the privacy of others.',
        },
      },
    })
  })

  it('§10.1 cancel while open; a finished request cannot be cancelled (bilingual 409)', async () => {
    const draft = {
      ...newDraft('transfer', 'key-transfer-1', s.now()),
      details: {
        recipientName: '某公司',
        recipientContact: 'DPO@Example.com',
        categories: ['profile'],
      },
    }
    const { store } = storeWith(draft)
    const sent = await sendDraft(deps(store), 'transfer', await token())
    if (!sent.ok) throw new Error('not sent')
    expect(sent.request.details['recipientContact']).toBe('DPO@example.com')
    const id = sent.request.id
    expect(must(await call('cancelRightsRequest', { params: { id } })).status).toBe('cancelled')
    const again = err(await call('cancelRightsRequest', { params: { id } }))
    expect(again).toMatchObject({ status: 409, code: 'invalid-transition' })
    // The statuses by the names the app shows, not their ids.
    expect(again.localized['zh-CN']).toBe('这项请求当前为「已撤销」，不能变为「已撤销」。')
    expect(again.localized.en).toBe('A request that is cancelled cannot become cancelled.')
  })

  it('§10.3 two sends of one draft at once make one request', async () => {
    const draft = {
      ...newDraft('explain-rules', 'key-double-1', s.now()),
      details: { question: 'Twice?' },
    }
    const { store } = storeWith(draft)
    const t = await token()
    const [a, b] = await Promise.all([
      sendDraft(deps(store), 'explain-rules', t),
      sendDraft(deps(store), 'explain-rules', t),
    ])
    expect(a.ok && b.ok).toBe(true)
    if (a.ok && b.ok) expect(a.request.id).toBe(b.request.id)
    expect(must(await call('listRightsRequests')).requests).toHaveLength(1)
  })

  it('§10.3 an answer lost after the server wrote: the retry with the same key gets the same request, no second one', async () => {
    const draft = {
      ...newDraft('withdraw-consent', 'key-lost-1', s.now()),
      details: { purposeIds: ['marketing-sms'] },
    }
    const { store } = storeWith(draft)
    loseNextCreate = true
    const sent = await sendDraft(deps(store), 'withdraw-consent', await token())
    expect(sent.ok).toBe(true)
    // Sent again with the draft's key: the server answers the request it already made.
    expect(createCalls).toBe(2)
    expect(must(await call('listRightsRequests')).requests).toHaveLength(1)
  })

  it('§10.3 killed while sending: after the restart the app looks first and does not send again', async () => {
    const draft = {
      ...newDraft('explain-rules', 'key-restart-1', s.now()),
      details: { question: 'Restart?' },
    }
    const { store, storage } = storeWith(draft)
    // The first launch marked the draft as sending and the server stored the request, then the
    // app was killed before the answer arrived.
    store.getState().saveDraft({ ...draft, sendingSince: s.now() })
    must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'explain-rules',
          onBehalfOf: 'self',
          details: { question: 'Restart?' },
          verificationToken: await token(),
        },
      }),
    )
    const relaunched = buildTestStore({ storage, now: s.now }).store
    expect(relaunched.getState().drafts['explain-rules']?.sendingSince).toBe(s.now())
    s.advance(60_000) // §10.3: the next code a minute later
    createCalls = 0
    const sent = await sendDraft(deps(relaunched), 'explain-rules', await token())
    expect(sent.ok).toBe(true)
    expect(createCalls).toBe(0)
    expect(must(await call('listRightsRequests')).requests).toHaveLength(1)
  })

  it('§10.3 a resend whose photo reads differently (recompressed) finds the request its key already made', async () => {
    // The first send reached the server with the photo as it was read then; its answer was lost.
    must(
      await call('createRightsRequest', {
        body: {
          type: 'correct-supplement',
          onBehalfOf: 'self',
          details: { field: 'nickname', correctedValue: 'Lan' },
          attachments: [
            { kind: 'evidence', mimeType: 'image/jpeg', imageBase64: SAMPLE_RECEIPT_JPEG },
          ],
          idempotencyKey: 'key-photo-1',
        },
      }),
    )
    const photo = { path: 'wxfile://evidence.jpg', mimeType: 'image/png' as const, sizeBytes: 70 }
    const draft: RightsDraft = {
      ...newDraft('correct-supplement', 'key-photo-1', s.now()),
      details: { field: 'nickname', correctedValue: 'Lan' },
      photos: { evidence: photo },
    }
    const { store } = storeWith(draft)
    createCalls = 0
    // This time the platform hands back other bytes for the same photo.
    const media = { read: async () => ({ mimeType: 'image/png' as const, base64: PNG_1X1 }) }
    s.advance(60_000)
    const sent = await sendDraft({ ...deps(store), media }, 'correct-supplement', await token())
    expect(sent.ok).toBe(true)
    expect(createCalls).toBe(1)
    expect(must(await call('listRightsRequests')).requests).toHaveLength(1)
    expect(store.getState().drafts['correct-supplement']).toBeUndefined()
  })

  it('§10.1(a) a photo that can no longer be read stops the send with its own message; nothing is created', async () => {
    const photo = { path: 'wxfile://gone.jpg', mimeType: 'image/jpeg' as const, sizeBytes: 70 }
    const draft: RightsDraft = {
      ...newDraft('correct-supplement', 'key-photo-2', s.now()),
      details: { field: 'nickname', correctedValue: 'Lan' },
      photos: { evidence: photo },
    }
    const { store } = storeWith(draft)
    const media = { read: async () => null }
    const sent = await sendDraft({ ...deps(store), media }, 'correct-supplement', await token())
    expect(sent).toMatchObject({ ok: false, error: { code: 'photo-unreadable' } })
    expect(createCalls).toBe(0)
    expect(store.getState().drafts['correct-supplement']?.photos?.evidence).toEqual(photo)
  })

  it('§10.3 a spent token is refused in both languages and the app asks to verify again', async () => {
    const t = await token()
    must(
      await call('createRightsRequest', {
        body: {
          type: 'explain-rules',
          onBehalfOf: 'self',
          details: { question: 'first' },
          verificationToken: t,
        },
      }),
    )
    const draft = {
      ...newDraft('explain-rules', 'key-spent-1', s.now()),
      details: { question: 'second' },
    }
    const { store } = storeWith(draft)
    const sent = await sendDraft(deps(store), 'explain-rules', t)
    expect(sent).toMatchObject({
      ok: false,
      reverify: true,
      error: { code: 'verification-invalid' },
    })
    if (!sent.ok) expect(sent.error.localized?.en).toContain('verify again')
    // Nothing was created, so the draft is not marked as sending any more.
    expect(store.getState().drafts['explain-rules']?.sendingSince).toBeUndefined()
  })

  it('§10.1(c) deregistration completed by INDIGO erases the account; the old session ends', async () => {
    const draft: RightsDraft = {
      ...newDraft('delete-deregister', 'key-dereg-1', s.now()),
      details: { scope: 'account', ground: 'consent-withdrawn' },
      confirmed: true,
    }
    const { store } = storeWith(draft)
    const sent = await sendDraft(deps(store), 'delete-deregister', await token())
    if (!sent.ok) throw new Error('not sent')
    expect(sent.deregistration).toBe(true)
    must(
      await s.admin.call('adminAdvanceRightsRequest', {
        params: { id: sent.request.id },
        body: {},
      }),
    )
    const done = must(
      await s.admin.call('adminCompleteRightsRequest', {
        params: { id: sent.request.id },
        body: {},
      }),
    )
    expect(done.result).toMatchObject({ erasure: expect.anything() })
    expect(err(await call('listRightsRequests'))).toMatchObject({ status: 401 })
  })
})
