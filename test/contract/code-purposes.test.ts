import type { SendCodeBody } from '../../src/contract/verification'
import {
  err,
  lastSmsCode,
  smsVerified,
  must,
  POLICY_VERSION,
  startServer,
  type Member,
  type TestServer,
} from './support/server'

/**
 * A code proves only what it was sent for: the member's identity (§10.3, and a typed phone), a
 * guardian's phone (§1.6, §12.2), a WeChat phone binding (§3.1(b)), a login. A code sent for
 * purpose A never verifies purpose B.
 */
describe('§10.3 §12.2 a code sent for one purpose does not verify another', () => {
  let s: TestServer
  let m: Member
  beforeEach(async () => {
    s = await startServer()
    m = await s.login('purposes')
  })
  afterEach(() => s.close())

  async function verified(member: Member, body: SendCodeBody): Promise<string> {
    const token = await smsVerified(s, member, body)
    s.advance(61_000) // the resend cooldown of one code a minute per number
    return token
  }

  const explain = (verificationToken?: string) => ({
    body: {
      type: 'explain-rules' as const,
      onBehalfOf: 'self' as const,
      details: { question: '你们如何使用我的位置？' },
      ...(verificationToken ? { verificationToken } : {}),
    },
  })

  it("§10.3 a guardian's code (sent to the guardian's phone) does not identify the member for a rights request", async () => {
    must(await m.api.call('bindPhone', { body: { code: 'mockphone:13900001111' } }))
    const guardianToken = await verified(m, { purpose: 'guardian', phone: '13812345678' })
    const refused = err(await m.api.call('createRightsRequest', explain(guardianToken)))
    expect(refused).toMatchObject({ status: 400, code: 'verification-invalid' })
    expect(refused.localized?.['zh-CN']).toContain('身份验证无效')
    expect(refused.localized?.en).toContain('verify again')
    expect(must(await m.api.call('listRightsRequests')).requests).toEqual([])
    // Nor on an existing request.
    const open = must(await m.api.call('createRightsRequest', explain()))
    expect(
      err(
        await m.api.call('verifyRightsRequest', {
          params: { id: open.id },
          body: { verificationToken: guardianToken },
        }),
      ),
    ).toMatchObject({ status: 400, code: 'verification-invalid' })
    // The member's own code does.
    const own = await verified(m, { purpose: 'rights-request' })
    expect(
      must(
        await m.api.call('verifyRightsRequest', {
          params: { id: open.id },
          body: { verificationToken: own },
        }),
      ).status,
    ).toBe('verified')
  })

  it("§12.2 a code the member verified on their own phone is no proof of a guardian's phone", async () => {
    must(await m.api.call('updateProfile', { body: { phone: '13900001111' } }))
    await verified(m, { purpose: 'rights-request' })
    expect(must(await m.api.call('getProfile')).phone).toBe('13900001111')
    must(await m.api.call('updateProfile', { body: { birthDate: '2015-03-01' } }))
    const guardianEvent = {
      eventId: 'guardian-consent-own-phone',
      purposeId: 'guardian-consent',
      action: 'grant' as const,
      policyVersion: POLICY_VERSION,
      at: s.now(),
      source: 'guardian-flow' as const,
      deviceId: 'device-child',
      actor: 'guardian' as const,
      bulk: false,
      guardianPhone: '139****1111',
    }
    const refused = err(
      await m.api.call('postConsentEvents', { body: { events: [guardianEvent] } }),
    )
    expect(refused).toMatchObject({ status: 400, code: 'guardian-phone-not-verified' })
    expect(refused.localized?.['zh-CN']).toContain('监护人')
    expect(must(await m.api.call('getConsents')).ledger).toEqual([])
    // A guardian's code to that number is the proof the event needs.
    await verified(m, { purpose: 'guardian', phone: '13900001111' })
    must(await m.api.call('postConsentEvents', { body: { events: [guardianEvent] } }))
    expect(
      must(await m.api.call('getConsents')).purposes.find(
        (p) => p.purposeId === 'guardian-consent',
      ),
    ).toMatchObject({ granted: true })
  })

  it("§1.6 a guardian's code to the number the member typed does not make it the member's phone", async () => {
    must(await m.api.call('updateProfile', { body: { phone: '13900001111' } }))
    await verified(m, { purpose: 'guardian', phone: '13900001111' })
    expect(must(await m.api.call('getProfile')).phone).toBeUndefined()
    // The member's own code to it does (§3.1(b)).
    await verified(m, { purpose: 'rights-request' })
    expect(must(await m.api.call('getProfile')).phone).toBe('13900001111')
  })

  it('§10.3 with a verified phone on file the identity code goes to it, never to a number just typed', async () => {
    must(await m.api.call('bindPhone', { body: { code: 'mockphone:13900001111' } }))
    // Whoever holds the session types their own number...
    must(await m.api.call('updateProfile', { body: { phone: '13812345678' } }))
    const sent = must(await m.api.call('sendSmsCode', { body: { purpose: 'rights-request' } }))
    // ...but the identity check still goes to the member's verified phone.
    expect(sent.maskedPhone).toBe('139****1111')
    s.advance(61_000)
    const token = must(
      await m.api.call('verifySmsCode', {
        body: { verificationId: sent.verificationId, code: lastSmsCode(s.logs) },
      }),
    ).verificationToken
    expect(must(await m.api.call('getProfile')).phone).toBe('13900001111')
    expect(must(await m.api.call('createRightsRequest', explain(token))).status).toBe('verified')
  })

  it('§3.1(b) a code that verifies a typed number makes it the phone and is no identity for §10.3', async () => {
    must(await m.api.call('bindPhone', { body: { code: 'mockphone:13900001111' } }))
    const none = err(await m.api.call('sendSmsCode', { body: { purpose: 'phone' } }))
    expect(none).toMatchObject({ status: 409, code: 'no-pending-phone' })
    expect(none.localized?.['zh-CN']).toContain('新的手机号码')
    must(await m.api.call('updateProfile', { body: { phone: '13812345678' } }))
    const phoneToken = await verified(m, { purpose: 'phone' })
    expect(must(await m.api.call('getProfile')).phone).toBe('13812345678')
    expect(err(await m.api.call('createRightsRequest', explain(phoneToken)))).toMatchObject({
      status: 400,
      code: 'verification-invalid',
    })
  })

  it('§3.1(b) a WeChat phone code binds once, also after spent login codes are pruned, and is no login code', async () => {
    const code = 'mockphone:13812345678:once-only'
    must(await m.api.call('bindPhone', { body: { code } }))
    // Login codes expire after 5 minutes and their table is pruned at 10; a phone code has no
    // time in it, so it must stay spent.
    s.advance(11 * 60_000)
    await s.login('someone-else') // a login prunes spent login codes
    const other = await s.login('other')
    expect(err(await other.api.call('bindPhone', { body: { code } }))).toMatchObject({
      status: 400,
      code: 'invalid-phone-code',
    })
    expect(must(await other.api.call('getProfile')).phone).toBeUndefined()
    // Neither kind of code passes for the other.
    expect(err(await s.anon.call('login', { body: { code } }))).toMatchObject({
      status: 400,
      code: 'invalid-login-code',
    })
    const loginCode = `mock:x:${s.now()}-n1`
    expect(err(await other.api.call('bindPhone', { body: { code: loginCode } }))).toMatchObject({
      status: 400,
      code: 'invalid-phone-code',
    })
  })
})
