import { err, lastSmsCode, must, startServer, type Member, type TestServer } from './support/server'

describe('§10.3 identity verification by SMS code', () => {
  let s: TestServer
  let m: Member
  beforeEach(async () => {
    s = await startServer({ rateLimits: { smsSend: { limit: 3, windowMs: 3600_000 } } })
    m = await s.login('alice')
    must(await m.api.call('updateProfile', { body: { phone: '13812345678', nickname: 'Alice' } }))
  })
  afterEach(() => s.close())

  it('§10.3 sends a 6-digit code to the member phone; the log shows the phone masked only', async () => {
    const sent = must(await m.api.call('sendSmsCode', { body: {} }))
    expect(sent.maskedPhone).toBe('138****5678')
    expect(lastSmsCode(s.logs)).toMatch(/^\d{6}$/)
    expect(s.logs.join('\n')).not.toContain('13812345678')
    expect(s.logs.join('\n')).toContain('138****5678')
  })

  it('§10.3 codes expire, attempts are limited, and sending is rate-limited', async () => {
    const sent = must(await m.api.call('sendSmsCode', { body: {} }))
    const code = lastSmsCode(s.logs)
    const wrong = code === '000000' ? '111111' : '000000'
    const first = err(
      await m.api.call('verifySmsCode', {
        body: { verificationId: sent.verificationId, code: wrong },
      }),
    )
    expect(first).toMatchObject({ status: 400, code: 'wrong-code', details: { attemptsLeft: 4 } })
    for (let i = 0; i < 4; i += 1)
      await m.api.call('verifySmsCode', {
        body: { verificationId: sent.verificationId, code: wrong },
      })
    // Locked after 5 attempts, even with the right code.
    expect(
      err(
        await m.api.call('verifySmsCode', { body: { verificationId: sent.verificationId, code } }),
      ),
    ).toMatchObject({ status: 429, code: 'too-many-attempts' })

    s.advance(60_000) // §10.3: one code a minute
    const again = must(await m.api.call('sendSmsCode', { body: {} }))
    const code2 = lastSmsCode(s.logs)
    s.advance(5 * 60_000 + 1)
    expect(
      err(
        await m.api.call('verifySmsCode', {
          body: { verificationId: again.verificationId, code: code2 },
        }),
      ),
    ).toMatchObject({ status: 400, code: 'code-expired' })
    must(await m.api.call('sendSmsCode', { body: {} }))
    expect(err(await m.api.call('sendSmsCode', { body: {} }))).toMatchObject({
      status: 429,
      code: 'resend-too-soon',
    })
    s.advance(60_000)
    expect(err(await m.api.call('sendSmsCode', { body: {} }))).toMatchObject({
      status: 429,
      code: 'rate-limited',
    })
  })

  it('§10.3 a member without a phone cannot be sent a code', async () => {
    const bob = await s.login('bob')
    expect(err(await bob.api.call('sendSmsCode', { body: {} }))).toMatchObject({
      status: 409,
      code: 'no-phone-on-file',
    })
  })
})
