import {
  err,
  ev,
  lastSmsCode,
  must,
  startServer,
  type Member,
  type TestServer,
} from './support/server'

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 7),
])
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 1)])

let keys = 0
const receipt = (over: Record<string, unknown> = {}) => ({
  uploadKey: `rcp-test-${(keys += 1)}`,
  mimeType: 'image/png' as const,
  imageBase64: PNG.toString('base64'),
  amountFen: 12_345,
  storeName: '颐堤港 Store 1',
  purchasedAt: Date.UTC(2026, 10, 23),
  ...over,
})

describe('member data behind consent gates (§7.3)', () => {
  let s: TestServer
  let m: Member
  beforeEach(async () => {
    s = await startServer()
    m = await s.login('alice')
  })
  afterEach(() => s.close())

  const grant = (purposeId: string) =>
    m.api.call('postConsentEvents', { body: { events: [ev(purposeId, 'grant', s.now() - 1000)] } })
  /** Upload, then the mall approves it: the points are credited. */
  const uploadApproved = async (body = receipt()) => {
    const r = must(await m.api.call('uploadReceipt', { body }))
    must(
      await s.admin.call('adminReviewReceipt', {
        params: { id: r.id },
        body: { decision: 'approve' },
      }),
    )
    return r
  }

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

  it('§7.3 a receipt upload needs the receipt-photo consent and lands pending, without points', async () => {
    expect(err(await m.api.call('uploadReceipt', { body: receipt() }))).toMatchObject({
      status: 403,
      details: { purposeId: 'receipt-photos' },
    })
    must(await grant('receipt-photos'))
    const r = must(await m.api.call('uploadReceipt', { body: receipt() }))
    expect(r).toMatchObject({
      status: 'pending',
      points: 123,
      pointsAwarded: 0,
      hasImage: true,
      mimeType: 'image/png',
      sizeBytes: PNG.length,
    })
    expect(must(await m.api.call('getPoints')).balance).toBe(0)
  })

  it('§2.1(c) points are credited only when the mall approves; a second review changes nothing', async () => {
    must(await grant('receipt-photos'))
    const r = must(await m.api.call('uploadReceipt', { body: receipt() }))
    const queue = must(await s.admin.call('adminListReceipts', { query: { status: 'pending' } }))
    expect(queue.receipts.map((x) => [x.id, x.userId])).toEqual([[r.id, m.userId]])
    const a = must(
      await s.admin.call('adminReviewReceipt', {
        params: { id: r.id },
        body: { decision: 'approve' },
      }),
    )
    expect(a).toMatchObject({ status: 'approved', pointsAwarded: 123 })
    expect(typeof a.reviewedAt).toBe('number')
    // Approving again answers the same and credits nothing more; rejecting now is a conflict.
    must(
      await s.admin.call('adminReviewReceipt', {
        params: { id: r.id },
        body: { decision: 'approve' },
      }),
    )
    expect(
      err(
        await s.admin.call('adminReviewReceipt', {
          params: { id: r.id },
          body: { decision: 'reject' },
        }),
      ),
    ).toMatchObject({ status: 409, code: 'receipt-already-reviewed' })
    expect(must(await m.api.call('getPoints')).balance).toBe(123)
    expect(must(await m.api.call('getReceipt', { params: { id: r.id } })).status).toBe('approved')
    expect(
      must(await s.admin.call('adminListReceipts', { query: { status: 'pending' } })).receipts,
    ).toEqual([])
  })

  it('§2.1(c) a rejected receipt earns nothing and carries the reason in both languages', async () => {
    must(await grant('receipt-photos'))
    const r = must(await m.api.call('uploadReceipt', { body: receipt() }))
    const reason = { 'zh-CN': '小票模糊，无法识别。', en: 'The receipt is blurred.' }
    must(
      await s.admin.call('adminReviewReceipt', {
        params: { id: r.id },
        body: { decision: 'reject', reason },
      }),
    )
    expect(must(await m.api.call('getReceipt', { params: { id: r.id } }))).toMatchObject({
      status: 'rejected',
      pointsAwarded: 0,
      reviewReason: reason,
    })
    expect(must(await m.api.call('getPoints')).balance).toBe(0)
  })

  it('§2.1(c) the same upload key answers the same receipt (one receipt, once); other content under it is 409', async () => {
    must(await grant('receipt-photos'))
    const body = receipt()
    const a = must(await m.api.call('uploadReceipt', { body }))
    s.advance(60_000)
    const b = must(await m.api.call('uploadReceipt', { body }))
    expect(b).toEqual(a)
    expect(must(await m.api.call('listReceipts')).receipts).toHaveLength(1)
    expect(
      err(await m.api.call('uploadReceipt', { body: { ...body, amountFen: 99_900 } })),
    ).toMatchObject({ status: 409, code: 'upload-key-conflict' })
    // Another member's key space is their own.
    const bob = await s.login('bob')
    must(
      await bob.api.call('postConsentEvents', {
        body: { events: [ev('receipt-photos', 'grant', s.now() - 1000)] },
      }),
    )
    expect(must(await bob.api.call('uploadReceipt', { body })).id).not.toBe(a.id)
  })

  it('§1.6 §12.2 a child cannot upload a receipt or bind a phone before the guardian consents', async () => {
    must(await m.api.call('updateProfile', { body: { birthDate: '2014-06-01' } }))
    must(await grant('receipt-photos'))
    expect(err(await m.api.call('uploadReceipt', { body: receipt() }))).toMatchObject({
      status: 403,
      details: { purposeId: 'guardian-consent' },
    })
    expect(
      err(await m.api.call('bindPhone', { body: { code: 'mockphone:13812345678' } })),
    ).toMatchObject({ status: 403, details: { purposeId: 'guardian-consent' } })
    expect(must(await m.api.call('getProfile')).phone).toBeUndefined()
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
    const rec = await uploadApproved(
      receipt({ mimeType: 'image/jpeg', imageBase64: JPEG.toString('base64') }),
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
    await uploadApproved()
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
    await uploadApproved()
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

  it('§3.1(b) the phone is bound from the getPhoneNumber code (mockphone:<number>), once per code', async () => {
    const p = must(await m.api.call('bindPhone', { body: { code: 'mockphone:13812345678:n1' } }))
    expect(p.phone).toBe('13812345678')
    expect(
      err(await m.api.call('bindPhone', { body: { code: 'mockphone:13812345678:n1' } })),
    ).toMatchObject({ status: 400, code: 'invalid-phone-code' })
    // A real WeChat code needs the app secret, which the mock does not have.
    expect(err(await m.api.call('bindPhone', { body: { code: '0a1b2c3d4e' } }))).toMatchObject({
      status: 400,
      code: 'invalid-phone-code',
    })
    expect(
      err(await m.api.call('bindPhone', { body: { code: 'mockphone:12812345678' } })),
    ).toMatchObject({ status: 400, code: 'phone-bad-prefix' })
  })

  it('§3.1(b) a typed phone is not the member phone until the SMS code sent to it is verified', async () => {
    must(await m.api.call('bindPhone', { body: { code: 'mockphone:13812345678' } }))
    const typed = must(await m.api.call('updateProfile', { body: { phone: '13900001111' } }))
    expect(typed.phone).toBe('13812345678')
    const sent = must(await m.api.call('sendSmsCode', { body: { purpose: 'phone' } }))
    expect(sent.maskedPhone).toContain('1111')
    const code = lastSmsCode(s.logs)
    must(await m.api.call('verifySmsCode', { body: { verificationId: sent.verificationId, code } }))
    expect(must(await m.api.call('getProfile')).phone).toBe('13900001111')
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
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('member-profile', 'grant', s.now())] },
      }),
    )
    const p = must(
      await m.api.call('updateProfile', {
        body: { phone: '+86 １３８１２３４５６７８', email: 'x@Example.cn', nickname: '小明' },
      }),
    )
    // The typed number waits for its SMS code (§3.1(b)): not shown as the member's phone.
    expect(p).toMatchObject({ email: 'x@example.cn', nickname: '小明' })
    expect(p.phone).toBeUndefined()
  })
})
