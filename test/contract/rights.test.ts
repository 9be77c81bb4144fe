import {
  err,
  ev,
  smsVerified,
  must,
  startServer,
  type Member,
  type TestServer,
} from './support/server'
import { SAMPLE_RECEIPT_JPEG } from '../../src/services/fakes/media'

const proof = {
  kind: 'relationship-proof' as const,
  mimeType: 'image/jpeg' as const,
  imageBase64: SAMPLE_RECEIPT_JPEG,
}

describe('§10 rights requests with identity verification first (§10.1)', () => {
  let s: TestServer
  let m: Member
  beforeEach(async () => {
    s = await startServer({ rateLimits: { smsSend: { limit: 3, windowMs: 3600_000 } } })
    m = await s.login('alice')
    must(await m.api.call('updateProfile', { body: { phone: '13812345678', nickname: 'Alice' } }))
  })
  afterEach(() => s.close())

  const verificationToken = (member = m) => smsVerified(s, member)

  it('§10.3 a due date counted into a year whose holiday arrangement is not published is answered as an estimate', async () => {
    // Mon 2027-12-20 10:00 Beijing: the 15 working days run into 2028, past the holiday table.
    s.advance(Date.UTC(2027, 11, 20, 2) - s.now())
    const late = await s.login('alice')
    const created = must(
      await late.api.call('createRightsRequest', {
        body: { type: 'explain-rules', onBehalfOf: 'self', details: { question: '何时答复？' } },
      }),
    )
    const verified = must(
      await late.api.call('verifyRightsRequest', {
        params: { id: created.id },
        body: { verificationToken: await verificationToken(late) },
      }),
    )
    expect(verified).toMatchObject({ dueDate: '2028-01-10', dueDateEstimated: true })
    // Read again later, the same answer: the flag is part of the request, not of the verify call.
    s.advance(86_400_000)
    const read = must(await late.api.call('getRightsRequest', { params: { id: created.id } }))
    expect(read).toMatchObject({ dueDate: '2028-01-10', dueDateEstimated: true })
  })

  it('§10.1(g) submitted -> verified -> in progress -> completed, each step timestamped, due in 15 working days', async () => {
    const created = must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'explain-rules',
          onBehalfOf: 'self',
          details: { question: '你们如何使用我的位置？' },
        },
      }),
    )
    expect(created.status).toBe('submitted')
    expect(created.dueDate).toBeUndefined()
    const token = await verificationToken()
    const verified = must(
      await m.api.call('verifyRightsRequest', {
        params: { id: created.id },
        body: { verificationToken: token },
      }),
    )
    // Verified Tue 2026-11-24 (Beijing): 15 working days later is Tue 2026-12-15.
    expect(verified).toMatchObject({
      status: 'verified',
      verifiedAt: s.now(),
      dueDate: '2026-12-15',
    })
    // Every day counted is in 2026, whose State Council arrangement is published: exact.
    expect(verified.dueDateEstimated).toBeUndefined()
    s.advance(3600_000)
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: created.id }, body: {} }))
    s.advance(3600_000)
    const done = must(
      await s.admin.call('adminCompleteRightsRequest', {
        params: { id: created.id },
        body: { result: { answer: 'see §3' } },
      }),
    )
    expect(done.history.map((h) => [h.status, h.at - created.submittedAt])).toEqual([
      ['submitted', 0],
      ['verified', 0],
      ['in-progress', 3600_000],
      ['completed', 7200_000],
    ])
    expect(done.result).toEqual({ answer: 'see §3' })
    // A verification token is single use.
    expect(
      err(
        await m.api.call('createRightsRequest', {
          body: {
            type: 'explain-rules',
            onBehalfOf: 'self',
            details: { question: 'q' },
            verificationToken: token,
          },
        }),
      ),
    ).toMatchObject({ status: 400, code: 'verification-invalid' })
  })

  it('§10.4 a rejection carries a reason; finished requests cannot move; cancel works on open ones', async () => {
    const token = await verificationToken()
    const r = must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'transfer',
          onBehalfOf: 'self',
          details: {
            recipientName: 'Other Mall',
            recipientContact: 'DPO@Other.example',
            categories: ['profile'],
          },
          verificationToken: token,
        },
      }),
    )
    expect(r).toMatchObject({
      status: 'verified',
      details: { recipientContact: 'DPO@other.example' },
    })
    const rej = must(
      await s.admin.call('adminRejectRightsRequest', {
        params: { id: r.id },
        body: {
          reason: 'not-permitted-by-law',
          message: { 'zh-CN': '不符合监管规定', en: 'The transfer rules are not met' },
        },
      }),
    )
    expect(rej).toMatchObject({ status: 'rejected', rejection: { reason: 'not-permitted-by-law' } })
    const late = err(await m.api.call('cancelRightsRequest', { params: { id: r.id } }))
    expect(late).toMatchObject({ status: 409, code: 'invalid-transition' })
    // §10.4: the statuses by the names the app shows (not "rejected"/"cancelled" ids in Chinese).
    expect(late.localized['zh-CN']).toBe('这项请求当前为「已拒绝」，不能变为「已撤销」。')
    expect(late.localized.en).toBe('A request that is rejected cannot become cancelled.')
    const open = must(
      await m.api.call('createRightsRequest', {
        body: { type: 'explain-rules', onBehalfOf: 'self', details: { question: 'q' } },
      }),
    )
    expect(must(await m.api.call('cancelRightsRequest', { params: { id: open.id } })).status).toBe(
      'cancelled',
    )
    expect(
      err(await s.admin.call('adminAdvanceRightsRequest', { params: { id: open.id }, body: {} })),
    ).toMatchObject({ status: 409 })
  })

  it('§10.1 checks the fields each type needs, and the subject when acting for a minor or as next of kin', async () => {
    const bad = err(
      await m.api.call('createRightsRequest', {
        body: { type: 'restrict-reject', onBehalfOf: 'self', details: { mode: 'stop-everything' } },
      }),
    )
    expect(bad).toMatchObject({ status: 400, code: 'validation-failed' })
    expect(bad.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['details.purposeIds', 'details.mode']),
    )
    expect(
      err(
        await m.api.call('createRightsRequest', {
          body: { type: 'withdraw-consent', onBehalfOf: 'self', details: { purposeIds: ['nope'] } },
        }),
      ),
    ).toMatchObject({ code: 'unknown-purpose' })
    expect(
      err(
        await m.api.call('createRightsRequest', {
          body: {
            type: 'access-copy',
            onBehalfOf: 'guardian-of-minor',
            details: { categories: ['profile'] },
          },
        }),
      ).status,
    ).toBe(400)
    expect(
      err(
        await m.api.call('createRightsRequest', {
          body: {
            type: 'access-copy',
            onBehalfOf: 'guardian-of-minor',
            subject: { name: '小明', birthDate: '1990-01-01', relationship: '父亲' },
            details: { categories: ['profile'] },
          },
        }),
      ),
    ).toMatchObject({ code: 'subject-not-minor' })
    // §10.1: acting for a minor needs proof of the relationship.
    expect(
      err(
        await m.api.call('createRightsRequest', {
          body: {
            type: 'access-copy',
            onBehalfOf: 'guardian-of-minor',
            subject: { name: '小明', birthDate: '2015-03-01', relationship: '父亲' },
            details: { categories: ['profile'] },
          },
        }),
      ),
    ).toMatchObject({ status: 400, code: 'relationship-proof-required' })
    const minor = must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'access-copy',
          onBehalfOf: 'guardian-of-minor',
          subject: { name: '小明', birthDate: '2015-03-01', relationship: '父亲' },
          details: { categories: ['profile'] },
          attachments: [proof],
        },
      }),
    )
    expect(minor.subject).toEqual({ name: '小明', birthDate: '2015-03-01', relationship: '父亲' })
    const kin = must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'delete-deregister',
          onBehalfOf: 'next-of-kin',
          subject: { name: '张三', dateOfDeath: '2026-01-02', relationship: '子女' },
          details: { scope: 'account', ground: 'other' },
          attachments: [proof],
        },
      }),
    )
    expect(kin.onBehalfOf).toBe('next-of-kin')
    expect(kin.attachments).toEqual([
      {
        id: expect.any(String),
        kind: 'relationship-proof',
        mimeType: 'image/jpeg',
        sizeBytes: 134,
        uploadedAt: s.now(),
      },
    ])
  })

  it('§10.1(d) completing a withdraw-consent request withdraws and deletes, in the same ledger', async () => {
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('licence-plates', 'grant', s.now() - 1000)] },
      }),
    )
    must(await m.api.call('addPlate', { body: { plate: '京A12345' } }))
    const r = must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'withdraw-consent',
          onBehalfOf: 'self',
          details: { purposeIds: ['licence-plates'] },
          verificationToken: await verificationToken(),
        },
      }),
    )
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: r.id }, body: {} }))
    const done = must(
      await s.admin.call('adminCompleteRightsRequest', { params: { id: r.id }, body: {} }),
    )
    expect(done.result).toMatchObject({
      withdrawn: ['licence-plates'],
      deleted: [{ category: 'licence-plate', count: 1 }],
    })
    expect(must(await m.api.call('getConsents')).ledger.at(-1)).toMatchObject({
      purposeId: 'licence-plates',
      action: 'withdraw',
      source: 'rights-request',
    })
  })

  it('§10.1(a) GET /v1/me/export has profile, consents, ledger, requests and member data; access-copy attaches it', async () => {
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('marketing-sms', 'grant', s.now())] },
      }),
    )
    const r = must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'access-copy',
          onBehalfOf: 'self',
          details: { categories: ['profile', 'consents'] },
          verificationToken: await verificationToken(),
        },
      }),
    )
    const x = must(await m.api.call('exportMe'))
    expect(x.profile).toMatchObject({ userId: m.userId, phone: '13812345678', nickname: 'Alice' })
    expect(x.ledger).toHaveLength(1)
    expect(x.rightsRequests).toHaveLength(1)
    expect(x).toHaveProperty('plates')
    expect(x).toHaveProperty('receipts')
    expect(x.points).toEqual({ balance: 0, history: [] })
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: r.id }, body: {} }))
    const done = must(
      await s.admin.call('adminCompleteRightsRequest', { params: { id: r.id }, body: {} }),
    )
    expect((done.result as { export: { profile: { userId: string } } }).export.profile.userId).toBe(
      m.userId,
    )
  })

  it('§10.1(c) a completed deregistration erases personal data and keeps only the minimal proof', async () => {
    must(
      await m.api.call('postConsentEvents', {
        body: {
          events: [
            ev('licence-plates', 'grant', s.now() - 1000),
            ev('marketing-sms', 'grant', s.now() - 1000),
          ],
        },
      }),
    )
    must(await m.api.call('addPlate', { body: { plate: '京A12345' } }))
    const r = must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'delete-deregister',
          onBehalfOf: 'self',
          details: { scope: 'account', ground: 'consent-withdrawn', reason: 'moving away' },
          verificationToken: await verificationToken(),
        },
      }),
    )
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: r.id }, body: {} }))
    const done = must(
      await s.admin.call('adminCompleteRightsRequest', { params: { id: r.id }, body: {} }),
    )
    expect(done).toMatchObject({ status: 'completed', details: { scope: 'account' } })
    expect((done.details as Record<string, unknown>)['reason']).toBeUndefined()
    expect(done.result).toMatchObject({
      erasure: { userId: m.userId, ledgerEntries: 2, deleted: { plates: 1, ledger: 2 } },
    })
    // The session is gone; the same WeChat user starts afresh as a new member.
    expect(err(await m.api.call('getProfile')).status).toBe(401)
    const again = await s.login('alice')
    expect(again.userId).not.toBe(m.userId)
    expect(
      must(await s.admin.call('adminAudience', { query: { channel: 'sms' } })).members,
    ).toEqual([])
    const Database = (await import('better-sqlite3')).default
    const db = new Database(s.dbFile, { readonly: true })
    const row = db.prepare('SELECT * FROM users WHERE id = ?').get(m.userId) as Record<
      string,
      unknown
    >
    expect(row).toMatchObject({ openid: null, phone: null, nickname: null, email: null })
    expect(
      db.prepare('SELECT COUNT(*) AS n FROM consent_events WHERE user_id = ?').get(m.userId),
    ).toEqual({ n: 0 })
    expect(
      db
        .prepare('SELECT reason, request_id, ledger_entries FROM erasure_proofs WHERE user_id = ?')
        .get(m.userId),
    ).toEqual({ reason: 'rights-request', request_id: r.id, ledger_entries: 2 })
    const dump = JSON.stringify(db.prepare('SELECT * FROM rights_requests').all())
    db.close()
    expect(dump).not.toContain('13812345678')
    expect(dump).not.toContain('moving away')
  })
})
