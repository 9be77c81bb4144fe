import { err, ev, must, startServer, type Member, type TestServer } from './support/server'

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 7),
])
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 1)])

const receipt = (over: Record<string, unknown> = {}) => ({
  mimeType: 'image/png' as const,
  imageBase64: PNG.toString('base64'),
  amountFen: 12_345,
  storeName: '颐堤港 Store 1',
  purchasedAt: Date.UTC(2026, 10, 23),
  ...over,
})

describe('member data behind consent gates (issue 3 point 8)', () => {
  let s: TestServer
  let m: Member
  beforeEach(async () => {
    s = await startServer()
    m = await s.login('alice')
  })
  afterEach(() => s.close())

  const grant = (purposeId: string) =>
    m.api.call('postConsentEvents', { body: { events: [ev(purposeId, 'grant', s.now() - 1000)] } })

  it('§7.3 a plate needs the licence-plate consent: 403 names the missing purpose', async () => {
    const e = err(await m.api.call('addPlate', { body: { plate: '京A12345' } }))
    expect(e).toMatchObject({
      status: 403,
      code: 'consent-required',
      details: { purposeId: 'licence-plates' },
    })
    expect(e.localized['zh-CN']).toContain('车牌号码与电子停车')
  })

  it('accepts valid plates, normalised, including 8-character new-energy plates', async () => {
    must(await grant('licence-plates'))
    const a = must(await m.api.call('addPlate', { body: { plate: ' 京ａ·12345 ' } }))
    expect(a).toMatchObject({ plate: '京A12345', kind: 'regular' })
    const b = must(await m.api.call('addPlate', { body: { plate: '粤BD12345' } }))
    expect(b).toMatchObject({ plate: '粤BD12345', kind: 'new-energy-small' })
    const c = must(await m.api.call('addPlate', { body: { plate: '沪A12345F' } }))
    expect(c.kind).toBe('new-energy-large')
    expect(must(await m.api.call('listPlates')).plates.map((p) => p.plate)).toEqual([
      '京A12345',
      '粤BD12345',
      '沪A12345F',
    ])
  })

  it.each([
    ['XA12345', 'plate-bad-province'],
    ['京I12345', 'plate-letter-i-or-o'],
    ['京A1234', 'plate-bad-length'],
    ['京AO1234', 'plate-letter-i-or-o'],
    ['京A1234X5', 'plate-bad-new-energy'],
  ])('rejects the bad plate %s with %s', async (plate, code) => {
    must(await grant('licence-plates'))
    expect(err(await m.api.call('addPlate', { body: { plate } }))).toMatchObject({
      status: 400,
      code,
    })
  })

  it('§8.2 withdrawing plate consent deletes the plates, and the answer says so', async () => {
    must(await grant('licence-plates'))
    must(await m.api.call('addPlate', { body: { plate: '京A12345' } }))
    must(await m.api.call('addPlate', { body: { plate: '京B12345' } }))
    const r = must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('licence-plates', 'withdraw', s.now())] },
      }),
    )
    expect(r.deleted).toEqual([
      { purposeId: 'licence-plates', category: 'licence-plate', count: 2 },
    ])
    expect(must(await m.api.call('listPlates')).plates).toEqual([])
  })

  it('a receipt upload needs the receipt-photo consent and awards points', async () => {
    expect(err(await m.api.call('uploadReceipt', { body: receipt() }))).toMatchObject({
      status: 403,
      details: { purposeId: 'receipt-photos' },
    })
    must(await grant('receipt-photos'))
    const r = must(await m.api.call('uploadReceipt', { body: receipt() }))
    expect(r).toMatchObject({
      pointsAwarded: 123,
      hasImage: true,
      mimeType: 'image/png',
      sizeBytes: PNG.length,
    })
    expect(must(await m.api.call('getPoints')).balance).toBe(123)
  })

  it('limits receipt type and size', async () => {
    must(await grant('receipt-photos'))
    expect(
      err(
        await m.api.call('uploadReceipt', {
          body: receipt({ mimeType: 'image/png', imageBase64: JPEG.toString('base64') }),
        }),
      ),
    ).toMatchObject({ status: 415, code: 'image-type-mismatch' })
    expect(
      err(await m.api.call('uploadReceipt', { body: receipt({ mimeType: 'image/gif' }) })),
    ).toMatchObject({ status: 400 })
    expect(
      err(await m.api.call('uploadReceipt', { body: receipt({ imageBase64: 'not base64!!' }) })),
    ).toMatchObject({ status: 400 })
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024, 1)]).toString('base64')
    const e = err(await m.api.call('uploadReceipt', { body: receipt({ imageBase64: big }) }))
    expect([400, 413]).toContain(e.status)
  })

  it('§8.2 withdrawing receipt-photo consent deletes the photos but keeps the points', async () => {
    must(await grant('receipt-photos'))
    const rec = must(
      await m.api.call('uploadReceipt', {
        body: receipt({ mimeType: 'image/jpeg', imageBase64: JPEG.toString('base64') }),
      }),
    )
    const r = must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('receipt-photos', 'withdraw', s.now())] },
      }),
    )
    expect(r.deleted).toEqual([
      { purposeId: 'receipt-photos', category: 'receipt-photos', count: 1 },
    ])
    expect(must(await m.api.call('getReceipt', { params: { id: rec.id } }))).toMatchObject({
      hasImage: false,
      pointsAwarded: 123,
    })
    expect(must(await m.api.call('getPoints')).balance).toBe(123)
  })

  it('redeems points idempotently; other content under the same id is 409; too few points is 409', async () => {
    must(await grant('receipt-photos'))
    must(await m.api.call('uploadReceipt', { body: receipt() }))
    const body = { redemptionId: 'redeem-0001', rewardId: 'parking-1h', points: 100 }
    const a = must(await m.api.call('redeemPoints', { body }))
    s.advance(1000)
    const b = must(await m.api.call('redeemPoints', { body }))
    expect(b).toEqual(a)
    expect(a.balance).toBe(23)
    expect(must(await m.api.call('getPoints')).balance).toBe(23)
    expect(err(await m.api.call('redeemPoints', { body: { ...body, points: 5 } }))).toMatchObject({
      status: 409,
      code: 'redemption-id-conflict',
    })
    expect(
      err(await m.api.call('redeemPoints', { body: { ...body, redemptionId: 'redeem-0002' } })),
    ).toMatchObject({ status: 409, code: 'insufficient-points' })
  })

  it('§3.1(m) a reward costs what the catalogue says, whatever the client sends', async () => {
    must(await grant('receipt-photos'))
    must(await m.api.call('uploadReceipt', { body: receipt() }))
    const cheap = { redemptionId: 'redeem-cheap-1', rewardId: 'gift-card-50', points: 1 }
    expect(err(await m.api.call('redeemPoints', { body: cheap }))).toMatchObject({
      status: 400,
      code: 'reward-price-mismatch',
    })
    const unknown = { redemptionId: 'redeem-unknown-1', rewardId: 'free-car', points: 1 }
    expect(err(await m.api.call('redeemPoints', { body: unknown }))).toMatchObject({
      status: 400,
      code: 'unknown-reward',
    })
    expect(must(await m.api.call('getPoints')).balance).toBe(123)
  })

  it('profile validates phones and emails with the shared validators', async () => {
    expect(err(await m.api.call('updateProfile', { body: { phone: '12345' } }))).toMatchObject({
      status: 400,
      code: 'phone-bad-length',
    })
    expect(
      err(await m.api.call('updateProfile', { body: { phone: '12812345678' } })),
    ).toMatchObject({ status: 400, code: 'phone-bad-prefix' })
    expect(err(await m.api.call('updateProfile', { body: { email: 'a@b' } }))).toMatchObject({
      status: 400,
      code: 'email-bad-domain',
    })
    expect(
      err(await m.api.call('updateProfile', { body: { birthDate: '2023-02-30' } })),
    ).toMatchObject({ status: 400, code: 'bad-birth-date' })
    const p = must(
      await m.api.call('updateProfile', {
        body: { phone: '+86 １３８１２３４５６７８', email: 'x@Example.cn', nickname: '小明' },
      }),
    )
    expect(p).toMatchObject({ phone: '13812345678', email: 'x@example.cn', nickname: '小明' })
  })
})
