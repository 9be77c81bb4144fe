import {
  err,
  lastSmsCode,
  must,
  POLICY_VERSION,
  startServer,
  type Member,
  type TestServer,
} from './support/server'

describe("§1.6 §12.2 the guardian's SMS code goes to the guardian's phone", () => {
  let s: TestServer
  let child: Member
  beforeEach(async () => {
    s = await startServer()
    child = await s.login('child')
    must(await child.api.call('updateProfile', { body: { phone: '13900001111' } }))
  })
  afterEach(() => s.close())

  it("§12.2 the code goes to the guardian's phone and the member's own phone stays", async () => {
    const before = must(await child.api.call('getProfile'))
    const sent = must(
      await child.api.call('sendSmsCode', { body: { purpose: 'guardian', phone: '13812345678' } }),
    )
    expect(sent.maskedPhone).toBe('138****5678')
    expect(s.logs.join('\n')).toContain('mock SMS to 138****5678')
    expect(s.logs.join('\n')).not.toContain('13812345678')
    const code = lastSmsCode(s.logs)
    must(
      await child.api.call('verifySmsCode', {
        body: { verificationId: sent.verificationId, code },
      }),
    )
    // Verifying the guardian's code changes nothing on the child's profile.
    expect(must(await child.api.call('getProfile'))).toEqual(before)
  })

  it('§1.6 a guardian code needs a valid phone, and only a guardian code takes one', async () => {
    expect(
      err(await child.api.call('sendSmsCode', { body: { purpose: 'guardian' } })),
    ).toMatchObject({ status: 400 })
    expect(
      err(await child.api.call('sendSmsCode', { body: { purpose: 'guardian', phone: '12345' } })),
    ).toMatchObject({ status: 400 })
    expect(
      err(
        await child.api.call('sendSmsCode', {
          body: { purpose: 'rights-request', phone: '13812345678' },
        }),
      ),
    ).toMatchObject({ status: 400 })
  })

  it("§12.2 the child's ledger records the guardian's consent with the verified phone, masked", async () => {
    must(await child.api.call('updateProfile', { body: { birthDate: '2014-01-01' } }))
    const event = {
      eventId: 'guardian-consent-0001',
      purposeId: 'guardian-consent',
      action: 'grant' as const,
      policyVersion: POLICY_VERSION,
      at: s.now(),
      source: 'guardian-flow' as const,
      deviceId: 'device-child',
      actor: 'guardian' as const,
      bulk: false,
      guardianPhone: '138****5678',
    }
    // Not verified yet: refused, nothing recorded.
    expect(
      err(await child.api.call('postConsentEvents', { body: { events: [event] } })),
    ).toMatchObject({ status: 400, code: 'guardian-phone-not-verified' })
    const sent = must(
      await child.api.call('sendSmsCode', { body: { purpose: 'guardian', phone: '13812345678' } }),
    )
    must(
      await child.api.call('verifySmsCode', {
        body: { verificationId: sent.verificationId, code: lastSmsCode(s.logs) },
      }),
    )
    must(await child.api.call('postConsentEvents', { body: { events: [event] } }))
    const consents = must(await child.api.call('getConsents'))
    expect(consents.ledger.find((e) => e.eventId === event.eventId)).toMatchObject({
      actor: 'guardian',
      guardianPhone: '138****5678',
    })
    expect(consents.purposes.find((p) => p.purposeId === 'guardian-consent')).toMatchObject({
      granted: true,
    })
    // The hash chain covers the phone and still verifies, old entries included.
    const chains = must(await s.admin.call('adminVerifyLedger', { body: {} }))
    expect(chains.ok).toBe(true)
    // A child cannot claim a guardian's phone on their own event.
    expect(
      err(
        await child.api.call('postConsentEvents', {
          body: { events: [{ ...event, eventId: 'child-claims-0001', actor: 'user' }] },
        }),
      ),
    ).toMatchObject({ status: 400, code: 'guardian-phone-not-verified' })
  })
})
