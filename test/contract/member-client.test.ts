/**
 * Member features (§3.1(m)) against the real mock server: the app's own client, store and sync engine, with the
 * fakes the app uses on H5 (media, phone, car park). Each member feature is refused without its
 * consent and works after it; a withdrawal deletes on the server and the store shows what went.
 */
import { RECEIPT_MAX_BYTES } from '../../src/contract/member'
import { parkingRedemptionId } from '../../src/domain/parking-fee'
import {
  createApiClient,
  createFetchTransport,
  mockLoginCode,
  type Transport,
} from '../../src/services/api'
import { createFakeMediaPicker } from '../../src/services/fakes/media'
import { createFakePhoneBinding } from '../../src/services/fakes/phone'
import { createSyncEngine } from '../../src/sync/sync-engine'
import { buildTestStore } from '../support/store'
import { startServer, type TestServer } from './support/server'

let codes = 0
let uploads = 0

/** One phone running the app: store + engine + client; `loseAnswers` drops responses. */
function device(server: TestServer, userKey: string) {
  const { store } = buildTestStore({ now: server.now })
  const fetchTransport = createFetchTransport()
  let loseNext = 0
  const transport: Transport = async (req) => {
    const res = await fetchTransport(req)
    if (loseNext > 0) {
      loseNext -= 1
      // The server did the work; the answer never reached the phone.
      throw new Error('request:fail timeout')
    }
    return res
  }
  const api = createApiClient({
    baseUrl: server.url,
    transport,
    getToken: () => store.getState().session?.token,
  })
  const engine = createSyncEngine({
    store,
    api,
    loginCode: async () => mockLoginCode(userKey, server.now(), `m${(codes += 1)}`),
    now: server.now,
    random: () => 0.5,
    setTimer: () => () => undefined,
  })
  store.getState().decideNotice('accepted')
  const choose = async (purposeId: string, action: 'grant' | 'withdraw') => {
    store.getState().recordChoice({ purposeIds: [purposeId], action, source: 'separate-consent' })
    await engine.flush()
  }
  const call: typeof api.call = async (name, input) => {
    const e = await engine.ensureSession()
    if (e) return { ok: false, error: e }
    return api.call(name, input)
  }
  return { store, engine, call, choose, loseAnswers: (n: number) => void (loseNext = n) }
}

async function receiptBody() {
  const media = createFakeMediaPicker()
  const image = await media.choose('camera')
  const read = image && (await media.read(image, RECEIPT_MAX_BYTES, () => undefined))
  if (!read) throw new Error('fake media gave nothing')
  return {
    uploadKey: `rcp-client-${(uploads += 1)}`,
    mimeType: read.mimeType,
    imageBase64: read.base64,
    amountFen: 12_850,
    storeName: '云间咖啡',
    purchasedAt: Date.UTC(2026, 10, 23, 4),
  }
}

async function approve(server: TestServer, id: string) {
  const r = await server.admin.call('adminReviewReceipt', {
    params: { id },
    body: { decision: 'approve' },
  })
  if (!r.ok) throw new Error(`approve failed: ${JSON.stringify(r.error)}`)
}

/** Upload, then the mall approves: the points count (§2.1(c)). */
async function uploadApproved(
  server: TestServer,
  d: ReturnType<typeof device>,
  body: Awaited<ReturnType<typeof receiptBody>>,
) {
  const r = await d.call('uploadReceipt', { body })
  if (!r.ok) throw new Error(`upload failed: ${JSON.stringify(r.error)}`)
  await approve(server, r.value.id)
}

describe('member client against the mock server (§3.1(m))', () => {
  let server: TestServer
  beforeEach(async () => {
    server = await startServer()
  })
  afterEach(async () => {
    await server.close()
  })

  it('§3 a plate cannot be bound before the licence-plates consent; after it, the normalised plate is', async () => {
    const d = device(server, 'plate-user')
    const before = await d.call('addPlate', { body: { plate: '京A12345' } })
    expect(before.ok || before.error).toMatchObject({ status: 403, code: 'consent-required' })
    await d.choose('licence-plates', 'grant')
    const after = await d.call('addPlate', { body: { plate: ' 京ａ 12345 ' } })
    expect(after.ok && after.value).toMatchObject({ plate: '京A12345', kind: 'regular' })
    const ne = await d.call('addPlate', { body: { plate: '粤bd12345' } })
    expect(ne.ok && ne.value).toMatchObject({ plate: '粤BD12345', kind: 'new-energy-small' })
    const bad = await d.call('addPlate', { body: { plate: '京AI2345' } })
    expect(bad.ok || bad.error).toMatchObject({ status: 400 })
  })

  it('§2 a receipt cannot be uploaded before the receipt-photos consent; after it, points are credited', async () => {
    const d = device(server, 'receipt-user')
    const body = await receiptBody()
    const before = await d.call('uploadReceipt', { body })
    expect(before.ok || before.error).toMatchObject({ status: 403, code: 'consent-required' })
    await d.choose('receipt-photos', 'grant')
    const up = await d.call('uploadReceipt', { body })
    expect(up.ok && up.value).toMatchObject({ status: 'pending', points: 128, hasImage: true })
    const beforeReview = await d.call('getPoints')
    expect(beforeReview.ok && beforeReview.value.balance).toBe(0)
    if (up.ok) await approve(server, up.value.id)
    const pts = await d.call('getPoints')
    expect(pts.ok && pts.value.balance).toBe(128)
  })

  it('§5 withdrawing the plate and receipt consents deletes plates and photos and the store says so', async () => {
    const d = device(server, 'withdraw-user')
    await d.choose('licence-plates', 'grant')
    await d.choose('receipt-photos', 'grant')
    await d.call('addPlate', { body: { plate: '沪A12345F' } })
    await uploadApproved(server, d, await receiptBody())
    await d.choose('licence-plates', 'withdraw')
    await d.choose('receipt-photos', 'withdraw')
    expect(d.store.getState().deletedByWithdrawal).toEqual(
      expect.arrayContaining([
        { purposeId: 'licence-plates', category: 'licence-plate', count: 1 },
        { purposeId: 'receipt-photos', category: 'receipt-photos', count: 1 },
      ]),
    )
    const plates = await d.call('listPlates')
    expect(plates.ok && plates.value.plates).toEqual([])
    const receipts = await d.call('listReceipts')
    // The receipt (a points transaction, §8.1) stays; its photo is gone.
    expect(receipts.ok && receipts.value.receipts).toEqual([
      expect.objectContaining({ hasImage: false, pointsAwarded: 128 }),
    ])
    d.store.getState().dismissDeleted(['licence-plates'])
    expect(d.store.getState().deletedByWithdrawal.map((x) => x.purposeId)).toEqual([
      'receipt-photos',
    ])
  })

  it('§5 withdrawing location consent reports that nothing was stored', async () => {
    const d = device(server, 'location-user')
    await d.choose('precise-location', 'grant')
    await d.choose('precise-location', 'withdraw')
    expect(d.store.getState().deletedByWithdrawal).toEqual([
      { purposeId: 'precise-location', category: 'precise-location', count: 0 },
    ])
  })

  it('§2 a redemption whose answer was lost happens once when retried with its id', async () => {
    const d = device(server, 'redeem-user')
    await d.choose('receipt-photos', 'grant')
    await uploadApproved(server, d, { ...(await receiptBody()), amountFen: 50_000 })
    const body = { redemptionId: 'rdm-lost-answer-1', rewardId: 'coffee-voucher', points: 150 }
    d.loseAnswers(1)
    const lost = await d.call('redeemPoints', { body })
    expect(lost.ok || lost.error.kind).toBe('network')
    const retried = await d.call('redeemPoints', { body })
    expect(retried.ok && retried.value.balance).toBe(350)
    const again = await d.call('redeemPoints', { body })
    expect(again.ok && again.value.balance).toBe(350)
    const pts = await d.call('getPoints')
    expect(pts.ok && pts.value.balance).toBe(350)
    expect(pts.ok && pts.value.history.filter((h) => h.reason === 'redemption')).toHaveLength(1)
  })

  it('§3 paying a parking stay with points is one payment per stay, even at a later fee', async () => {
    const d = device(server, 'parking-user')
    await d.choose('receipt-photos', 'grant')
    await uploadApproved(server, d, { ...(await receiptBody()), amountFen: 50_000 })
    const id = parkingRedemptionId('pk-42-1764000000000')
    const first = await d.call('redeemPoints', {
      body: { redemptionId: id, rewardId: 'parking', points: 100 },
    })
    expect(first.ok && first.value.balance).toBe(400)
    const later = await d.call('redeemPoints', {
      body: { redemptionId: id, rewardId: 'parking', points: 200 },
    })
    expect(later.ok || later.error).toMatchObject({ status: 409, code: 'redemption-id-conflict' })
    const pts = await d.call('getPoints')
    expect(pts.ok && pts.value.balance).toBe(400)
    expect(pts.ok && pts.value.history.some((h) => h.ref === id)).toBe(true)
  })

  it('§1 sign-in on demand and phone binding with the number behind the mock code', async () => {
    const d = device(server, 'phone-user')
    expect(d.store.getState().session).toBeNull()
    const phone = createFakePhoneBinding({ number: '13912345678' })
    const got = phone.codeFrom()
    if (!got.ok) throw new Error('no code')
    const r = await d.call('bindPhone', { body: { code: got.code } })
    expect(d.store.getState().session).not.toBeNull()
    expect(r.ok && r.value.phone).toBe('13912345678')
    // The same code again is refused, as WeChat's one-time code would be.
    const again = await d.call('bindPhone', { body: { code: got.code } })
    expect(again.ok || again.error).toMatchObject({ status: 400, code: 'invalid-phone-code' })
    // A number the app types is not bound: it waits for its SMS code.
    const typed = await d.call('updateProfile', { body: { phone: '13700001111' } })
    expect(typed.ok && typed.value.phone).toBe('13912345678')
  })

  it('§1.5 nothing is fetched before the notice is agreed to', async () => {
    const d = device(server, 'guest-user')
    d.store.setState({ notice: { decision: 'declined', policyVersion: 'x', at: 0 } })
    const r = await d.call('getProfile')
    expect(r.ok || r.error.code).toBe('notice-not-accepted')
    expect(d.store.getState().session).toBeNull()
  })
})
