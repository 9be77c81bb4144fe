/**
 * §10.3 and §10.1: a rights request is created once per idempotency key, and the
 * photos that go with it (evidence, proof of relationship) are kept with it and deleted with it.
 * Against the real mock server.
 */
import { SAMPLE_RECEIPT_JPEG } from '../../src/services/fakes/media'
import { err, smsVerified, must, startServer, type Member, type TestServer } from './support/server'

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

describe('§10.3 one request per idempotency key; §10.1 photos kept with the request', () => {
  let s: TestServer
  let m: Member
  beforeEach(async () => {
    s = await startServer()
    m = await s.login('idem')
    must(await m.api.call('updateProfile', { body: { phone: '13812345678' } }))
  })
  afterEach(() => s.close())

  const token = (member = m) => smsVerified(s, member)

  const question = (q: string, key: string, verificationToken?: string) => ({
    body: {
      type: 'explain-rules' as const,
      onBehalfOf: 'self' as const,
      details: { question: q },
      idempotencyKey: key,
      ...(verificationToken ? { verificationToken } : {}),
    },
  })

  it('§10.3 the same key twice (a double tap, a retry with the spent token) answers the same request', async () => {
    const t = await token()
    const first = must(
      await m.api.call('createRightsRequest', question('Why?', 'draft-key-0001', t)),
    )
    expect(first.status).toBe('verified')
    // The token was spent by the first create; the retry still gets the request, not an error.
    const again = must(
      await m.api.call('createRightsRequest', question('Why?', 'draft-key-0001', t)),
    )
    expect(again).toEqual(first)
    const both = await Promise.all([
      m.api.call('createRightsRequest', question('Twice', 'draft-key-0002')),
      m.api.call('createRightsRequest', question('Twice', 'draft-key-0002')),
    ])
    expect(must(both[0]).id).toBe(must(both[1]).id)
    expect(must(await m.api.call('listRightsRequests')).requests).toHaveLength(2)
  })

  it('§10.3 the same key with a different body is refused with 422 and a clear message in both languages', async () => {
    must(await m.api.call('createRightsRequest', question('One thing', 'draft-key-0003')))
    const e = err(await m.api.call('createRightsRequest', question('Another', 'draft-key-0003')))
    expect(e).toMatchObject({ status: 422, code: 'idempotency-key-reused' })
    expect(e.localized['zh-CN']).toContain('内容不同')
    expect(e.localized.en).toContain('differs from the earlier request')
    expect(must(await m.api.call('listRightsRequests')).requests).toHaveLength(1)
  })

  it('§10.3 keys belong to one member: another member using the same key gets their own request', async () => {
    const other = await s.login('idem-other')
    const a = must(await m.api.call('createRightsRequest', question('Mine', 'shared-key-0001')))
    const b = must(await other.api.call('createRightsRequest', question('Mine', 'shared-key-0001')))
    expect(b.id).not.toBe(a.id)
    expect(must(await other.api.call('listRightsRequests')).requests).toHaveLength(1)
  })

  it('§10.1(a) a correction carries an optional evidence photo, kept with it (metadata only comes back)', async () => {
    const r = must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'correct-supplement',
          onBehalfOf: 'self',
          details: { field: 'nickname', correctedValue: '小蓝' },
          attachments: [{ kind: 'evidence', mimeType: 'image/png', imageBase64: PNG_1X1 }],
          idempotencyKey: 'draft-key-0004',
        },
      }),
    )
    expect(r.attachments).toEqual([
      {
        id: expect.any(String),
        kind: 'evidence',
        mimeType: 'image/png',
        sizeBytes: 70,
        uploadedAt: s.now(),
      },
    ])
    expect(
      JSON.stringify(must(await m.api.call('getRightsRequest', { params: { id: r.id } }))),
    ).not.toContain(PNG_1X1)
    // Without the photo the correction is still fine (optional).
    must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'correct-supplement',
          onBehalfOf: 'self',
          details: { field: 'nickname', correctedValue: '小蓝' },
        },
      }),
    )
  })

  it('§10.1 photos are checked: evidence only on corrections, proof only for others, content must match its type', async () => {
    const evidence = {
      kind: 'evidence' as const,
      mimeType: 'image/jpeg' as const,
      imageBase64: SAMPLE_RECEIPT_JPEG,
    }
    expect(
      err(
        await m.api.call('createRightsRequest', {
          body: { ...question('x', 'draft-key-0005').body, attachments: [evidence] },
        }),
      ),
    ).toMatchObject({ status: 400, code: 'attachment-not-allowed' })
    expect(
      err(
        await m.api.call('createRightsRequest', {
          body: {
            ...question('x', 'draft-key-0006').body,
            attachments: [
              {
                kind: 'relationship-proof',
                mimeType: 'image/jpeg',
                imageBase64: SAMPLE_RECEIPT_JPEG,
              },
            ],
          },
        }),
      ),
    ).toMatchObject({ code: 'attachment-not-allowed' })
    const mismatch = err(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'correct-supplement',
          onBehalfOf: 'self',
          details: { field: 'nickname', correctedValue: '小蓝' },
          attachments: [{ kind: 'evidence', mimeType: 'image/jpeg', imageBase64: PNG_1X1 }],
        },
      }),
    )
    expect(mismatch).toMatchObject({ status: 415, code: 'image-type-mismatch' })
    expect(must(await m.api.call('listRightsRequests')).requests).toHaveLength(0)
  })

  it('§10.1(c) the photos are deleted with the request when the account is erased', async () => {
    must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'correct-supplement',
          onBehalfOf: 'self',
          details: { field: 'nickname', correctedValue: '小蓝' },
          attachments: [{ kind: 'evidence', mimeType: 'image/png', imageBase64: PNG_1X1 }],
        },
      }),
    )
    // A next of kin closing a deceased member's account: proof of relationship kept with it.
    const kin = must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'delete-deregister',
          onBehalfOf: 'next-of-kin',
          subject: { name: '张三', dateOfDeath: '2026-01-02', relationship: '子女' },
          details: { scope: 'account', ground: 'other' },
          attachments: [
            { kind: 'relationship-proof', mimeType: 'image/png', imageBase64: PNG_1X1 },
          ],
          verificationToken: await token(),
        },
      }),
    )
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM rights_attachments').get()).toEqual({ n: 2 })
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: kin.id }, body: {} }))
    const kinDone = must(
      await s.admin.call('adminCompleteRightsRequest', { params: { id: kin.id }, body: {} }),
    )
    // §10.1, §12.3: it concerns the deceased, never the requester's own account.
    expect(kinDone.result).toEqual({})
    expect(must(await m.api.call('getProfile'))).toBeDefined()
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM rights_attachments').get()).toEqual({ n: 2 })
    // The member closes their own account: every request's photos go with it.
    s.advance(61_000)
    const close = must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'delete-deregister',
          onBehalfOf: 'self',
          details: { scope: 'account', ground: 'other' },
          verificationToken: await token(),
        },
      }),
    )
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: close.id }, body: {} }))
    const done = must(
      await s.admin.call('adminCompleteRightsRequest', { params: { id: close.id }, body: {} }),
    )
    expect(done.result).toMatchObject({ erasure: { userId: m.userId } })
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM rights_attachments').get()).toEqual({ n: 0 })
  })

  it('§9.3(b) an explanation and a refusal together: completing it withdraws personalised push and carries the explanation', async () => {
    const r = must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'automated-decision',
          onBehalfOf: 'self',
          details: { decision: '个性化推送', want: 'explain-and-refuse' },
          verificationToken: await token(),
        },
      }),
    )
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: r.id }, body: {} }))
    const done = must(
      await s.admin.call('adminCompleteRightsRequest', {
        params: { id: r.id },
        body: { result: { explanation: '根据最近的消费记录推荐。' } },
      }),
    )
    expect(done.result).toMatchObject({
      explanation: '根据最近的消费记录推荐。',
      withdrawn: expect.any(Array),
    })
  })

  it('§10.1(a) the access format is readable or JSON; anything else (CSV) is refused by field', async () => {
    const json = must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'access-copy',
          onBehalfOf: 'self',
          details: { categories: ['profile'], format: 'json' },
        },
      }),
    )
    expect(json.details['format']).toBe('json')
    const csv = err(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'access-copy',
          onBehalfOf: 'self',
          details: { categories: ['profile'], format: 'csv' },
        },
      }),
    )
    expect(csv).toMatchObject({ status: 400, code: 'validation-failed' })
    expect(csv.details.map((d: { path: string }) => d.path)).toContain('details.format')
  })
})
