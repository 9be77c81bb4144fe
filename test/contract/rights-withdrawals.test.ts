import { SAMPLE_RECEIPT_JPEG } from '../../src/services/fakes/media'
import { ev, smsVerified, must, startServer, type Member, type TestServer } from './support/server'

/**
 * A withdrawal asked for by a rights request is never lost: it takes effect when submitted
 * (as in the consent center), whatever becomes of the request. A request made for someone else
 * never acts on the requester's own account.
 */
describe('§10.1(d) §3.4 withdrawals by rights request', () => {
  let s: TestServer
  let m: Member
  beforeEach(async () => {
    s = await startServer()
    m = await s.login('withdrawer')
    must(await m.api.call('bindPhone', { body: { code: 'mockphone:13812345678' } }))
    must(
      await m.api.call('postConsentEvents', {
        body: {
          events: [
            ev('marketing-sms', 'grant', s.now() - 60_000),
            ev('licence-plates', 'grant', s.now() - 60_000),
          ],
        },
      }),
    )
    must(await m.api.call('addPlate', { body: { plate: '京A12345' } }))
  })
  afterEach(() => s.close())

  const status = async (purposeId: string) =>
    must(await m.api.call('getConsents')).purposes.find((p) => p.purposeId === purposeId)?.status
  const smsAudience = async () =>
    must(await s.admin.call('adminAudience', { query: { channel: 'sms' } })).members
  const token = () => smsVerified(s, m, { purpose: 'rights-request' })
  const withdrawBody = (onBehalfOf: 'self' | 'guardian-of-minor', verificationToken?: string) => ({
    body: {
      type: 'withdraw-consent' as const,
      onBehalfOf,
      details: { purposeIds: ['marketing-sms', 'licence-plates'] },
      ...(onBehalfOf === 'self'
        ? {}
        : {
            subject: { name: '小明', birthDate: '2015-03-01', relationship: '父亲' },
            attachments: [
              {
                kind: 'relationship-proof' as const,
                mimeType: 'image/jpeg' as const,
                imageBase64: SAMPLE_RECEIPT_JPEG,
              },
            ],
          }),
      ...(verificationToken ? { verificationToken } : {}),
    },
  })

  it('§10.1(d) a withdraw-consent request withdraws when submitted, before verification, and a rejection does not undo it', async () => {
    const r = must(await m.api.call('createRightsRequest', withdrawBody('self')))
    expect(r.status).toBe('submitted')
    expect(await status('marketing-sms')).toBe('withdrawn')
    expect(await status('licence-plates')).toBe('withdrawn')
    expect(must(await m.api.call('listPlates')).plates).toEqual([])
    expect(await smsAudience()).toEqual([])
    const ledger = must(await m.api.call('getConsents')).ledger
    expect(
      ledger
        .slice(-2)
        .map((e) => `${e.purposeId}:${e.action}:${e.source}`)
        .sort(),
    ).toEqual(['licence-plates:withdraw:rights-request', 'marketing-sms:withdraw:rights-request'])
    // §10.4 the staff refuse the request: the withdrawal stands.
    must(
      await s.admin.call('adminRejectRightsRequest', {
        params: { id: r.id },
        body: {
          reason: 'unreasonable',
          message: { 'zh-CN': '重复请求。', en: 'A repeated request.' },
        },
      }),
    )
    expect(await status('marketing-sms')).toBe('withdrawn')
    expect(must(await m.api.call('getConsents')).ledger).toHaveLength(ledger.length)
  })

  it('§10.1(d) completion lists what was withdrawn at submission and withdraws again what was granted since', async () => {
    const r = must(await m.api.call('createRightsRequest', withdrawBody('self', await token())))
    // Granted again in the consent center while the request waits.
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('marketing-sms', 'grant', s.now() + 1000)] },
      }),
    )
    s.advance(2000)
    expect(await status('marketing-sms')).toBe('granted')
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: r.id }, body: {} }))
    const done = must(
      await s.admin.call('adminCompleteRightsRequest', { params: { id: r.id }, body: {} }),
    )
    expect(done.result).toEqual({
      withdrawn: ['marketing-sms', 'licence-plates'],
      deleted: [{ purposeId: 'licence-plates', category: 'licence-plate', count: 1 }],
    })
    expect(await status('marketing-sms')).toBe('withdrawn')
  })

  it('§10.1(b) §9.3(b) refusing processing or automated decisions stops at submission too', async () => {
    must(
      await m.api.call('postConsentEvents', {
        body: {
          events: [
            ev('personalised-push', 'grant', s.now() - 1000),
            ev('marketing-wechat', 'grant', s.now() - 1000),
          ],
        },
      }),
    )
    must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'automated-decision',
          onBehalfOf: 'self',
          details: { decision: '个性化推送', want: 'refuse' },
        },
      }),
    )
    expect(await status('personalised-push')).toBe('withdrawn')
    must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'restrict-reject',
          onBehalfOf: 'self',
          details: { purposeIds: ['marketing-wechat'], mode: 'reject' },
        },
      }),
    )
    expect(await status('marketing-wechat')).toBe('withdrawn')
    // Asking only for an explanation changes nothing.
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('personalised-push', 'grant', s.now() + 1)] },
      }),
    )
    s.advance(1000)
    must(
      await m.api.call('createRightsRequest', {
        body: {
          type: 'automated-decision',
          onBehalfOf: 'self',
          details: { decision: '个性化推送', want: 'explain' },
        },
      }),
    )
    expect(await status('personalised-push')).toBe('granted')
  })

  it("§10.1 §12.3 a request made for someone else never withdraws the requester's own consents", async () => {
    const r = must(
      await m.api.call('createRightsRequest', withdrawBody('guardian-of-minor', await token())),
    )
    expect(await status('marketing-sms')).toBe('granted')
    must(await s.admin.call('adminAdvanceRightsRequest', { params: { id: r.id }, body: {} }))
    const done = must(
      await s.admin.call('adminCompleteRightsRequest', {
        params: { id: r.id },
        body: { result: { answer: '已在孩子的账户中撤回。' } },
      }),
    )
    expect(done.result).toEqual({ answer: '已在孩子的账户中撤回。' })
    expect(await status('marketing-sms')).toBe('granted')
    expect(await status('licence-plates')).toBe('granted')
    expect(must(await m.api.call('listPlates')).plates).toHaveLength(1)
    expect(await smsAudience()).toHaveLength(1)
  })
})
