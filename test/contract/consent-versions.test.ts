import { purposes } from '../../src/catalogue/purposes'
import { ev, must, startServer, type Member, type TestServer } from './support/server'

/**
 * What the backend does with consent events it cannot vouch for: a grant citing a policy version
 * it never published, an event for a purpose it does not know. Stored (idempotent, hash-chained),
 * never counted as a grant, and never a reason to refuse the batch a withdrawal travels in.
 */
describe('§1.5 §14.1 §3.4 unknown consent means not granted; a withdrawal is never lost', () => {
  let s: TestServer
  let m: Member
  beforeEach(async () => {
    s = await startServer()
    m = await s.login('versions')
  })
  afterEach(() => s.close())

  const stateOf = async (purposeId: string) =>
    must(await m.api.call('getConsents')).purposes.find((p) => p.purposeId === purposeId)
  const wechatAudience = async () =>
    must(await s.admin.call('adminAudience', { query: { channel: 'wechat' } })).members

  it('§14.1 a grant citing a policy version the server never published is stored, chained and not granted', async () => {
    const e = ev('marketing-wechat', 'grant', s.now(), { policyVersion: '1999-01+forged' })
    const r = must(await m.api.call('postConsentEvents', { body: { events: [e] } }))
    expect(r.results).toEqual([expect.objectContaining({ eventId: e.eventId, outcome: 'stored' })])
    expect(r.notices).toEqual([
      {
        code: 'unknown-policy-version',
        eventIds: [e.eventId],
        message: {
          'zh-CN': expect.stringContaining('未曾发布'),
          en: expect.stringContaining('never published'),
        },
      },
    ])
    expect(r.purposes.find((p) => p.purposeId === 'marketing-wechat')).toMatchObject({
      granted: false,
      policyVersion: '1999-01+forged',
    })
    expect(await stateOf('marketing-wechat')).toMatchObject({ granted: false })
    expect(await wechatAudience()).toEqual([])
    // Idempotent like every event, and the chain still verifies.
    const again = must(await m.api.call('postConsentEvents', { body: { events: [e] } }))
    expect(again.results[0]).toMatchObject({ outcome: 'duplicate', hash: r.results[0]!.hash })
    expect(must(await s.admin.call('adminVerifyLedger', { body: {} })).ok).toBe(true)
    // The same grant under the version in force counts, and draws no notice.
    const ok = must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('marketing-wechat', 'grant', s.now() + 1)] },
      }),
    )
    expect(ok.notices).toBeUndefined()
    expect(await stateOf('marketing-wechat')).toMatchObject({ granted: true })
    expect(await wechatAudience()).toHaveLength(1)
  })

  it('§14.1 no optional purpose is granted by a grant under an unknown version, before or after a publish', async () => {
    const optional = purposes.filter((p) => !p.required)
    const grantAll = async (version: string, at: number) =>
      must(
        await m.api.call('postConsentEvents', {
          body: {
            events: optional.map((p) =>
              ev(p.id, 'grant', at, { policyVersion: version, source: 'separate-consent' }),
            ),
          },
        }),
      )
    const first = await grantAll('2020-01+unknown', s.now())
    expect(first.notices?.[0]?.eventIds).toHaveLength(optional.length)
    for (const p of optional)
      expect(first.purposes.find((x) => x.purposeId === p.id)?.granted).toBe(false)
    // After the admin publishes a version touching one paragraph, an unknown version still means
    // "everything changed", not only that paragraph.
    must(
      await s.admin.call('adminPublishPolicy', {
        body: { version: '2026-11+srv', changedParagraphs: ['3.3'] },
      }),
    )
    s.advance(1000)
    const second = await grantAll('2026-12+never', s.now())
    for (const p of optional)
      expect(second.purposes.find((x) => x.purposeId === p.id)?.granted).toBe(false)
    // The published version is known: a grant citing it counts.
    const published = must(
      await m.api.call('postConsentEvents', {
        body: {
          events: [ev('marketing-email', 'grant', s.now() + 1, { policyVersion: '2026-11+srv' })],
        },
      }),
    )
    expect(published.notices).toBeUndefined()
    expect(await stateOf('marketing-email')).toMatchObject({
      granted: true,
      policyVersion: '2026-11+srv',
    })
  })

  it('§14.1 a grant citing a version before it was published stays not granted once that version is published', async () => {
    const early = ev('marketing-wechat', 'grant', s.now(), { policyVersion: '2027-01+guessed' })
    const r = must(await m.api.call('postConsentEvents', { body: { events: [early] } }))
    expect(r.notices?.[0]?.code).toBe('unknown-policy-version')
    s.advance(60_000)
    must(
      await s.admin.call('adminPublishPolicy', {
        body: { version: '2027-01+guessed', changedParagraphs: ['3.3'] },
      }),
    )
    // Published now, but the grant reached us before: it was given under no version we had.
    expect(await stateOf('marketing-wechat')).toMatchObject({
      granted: false,
      status: 'needs-reconsent',
    })
    expect(await wechatAudience()).toEqual([])
    // A grant under it after publication counts.
    s.advance(1000)
    must(
      await m.api.call('postConsentEvents', {
        body: {
          events: [ev('marketing-wechat', 'grant', s.now(), { policyVersion: '2027-01+guessed' })],
        },
      }),
    )
    expect(await stateOf('marketing-wechat')).toMatchObject({
      granted: true,
      policyVersion: '2027-01+guessed',
    })
    expect(await wechatAudience()).toHaveLength(1)
  })

  it('§3.4 a withdrawal citing an unknown policy version is stored, withdraws and deletes what it allowed', async () => {
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('licence-plates', 'grant', s.now() - 1000)] },
      }),
    )
    must(await m.api.call('addPlate', { body: { plate: '京A12345' } }))
    const w = ev('licence-plates', 'withdraw', s.now(), { policyVersion: 'whatever-version' })
    const r = must(await m.api.call('postConsentEvents', { body: { events: [w] } }))
    expect(r.results[0]).toMatchObject({ eventId: w.eventId, outcome: 'stored' })
    // A withdrawal is honoured whatever it cites: no notice, nothing held back.
    expect(r.notices).toBeUndefined()
    expect(r.deleted).toEqual([
      { purposeId: 'licence-plates', category: 'licence-plate', count: 1 },
    ])
    expect(await stateOf('licence-plates')).toMatchObject({ granted: false, status: 'withdrawn' })
    expect(must(await m.api.call('listPlates')).plates).toEqual([])
  })

  it('§1.5 an event for an unknown purpose is stored, counts for nothing, and the withdrawal sent with it lands', async () => {
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('marketing-wechat', 'grant', s.now() - 1000)] },
      }),
    )
    // A newer app build's purpose this server does not know, in the batch with a withdrawal
    // (the app sends withdrawals first, in the same batch): refusing it would strand both.
    const w = ev('marketing-wechat', 'withdraw', s.now())
    const unknown = ev('purpose-from-a-newer-build', 'grant', s.now())
    const r = must(await m.api.call('postConsentEvents', { body: { events: [w, unknown] } }))
    expect(r.results.map((x) => x.outcome)).toEqual(['stored', 'stored'])
    expect(r.notices).toEqual([
      {
        code: 'unknown-purpose',
        eventIds: [unknown.eventId],
        message: {
          'zh-CN': expect.stringContaining('不构成'),
          en: expect.stringContaining('no consent'),
        },
      },
    ])
    expect(r.purposes.some((p) => p.purposeId === unknown.purposeId)).toBe(false)
    expect(await stateOf('marketing-wechat')).toMatchObject({ status: 'withdrawn' })
    expect(await wechatAudience()).toEqual([])
    // Its receipt does not borrow another purpose's name.
    const receipts = must(await m.api.call('getConsentReceipts')).receipts
    const mine = receipts.find((x) => x.event.eventId === unknown.eventId)
    expect(mine?.services[0]?.purposes[0]).toMatchObject({
      purposeId: unknown.purposeId,
      purpose: { 'zh-CN': unknown.purposeId, en: unknown.purposeId },
    })
  })
})
