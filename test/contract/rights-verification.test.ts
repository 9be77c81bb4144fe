/**
 * §10.3 identity verification, the parts the app's countdown and messages rely on: a resend
 * cooldown on the server with retry-after, and "too many attempts" in its own words.
 */
import { err, lastSmsCode, must, startServer, type Member, type TestServer } from './support/server'

describe('§10.3 resend cooldown and attempt limit on the server', () => {
  let s: TestServer
  let m: Member
  beforeEach(async () => {
    s = await startServer()
    m = await s.login('cooldown')
    must(await m.api.call('updateProfile', { body: { phone: '13812345678' } }))
  })
  afterEach(() => s.close())

  it('§10.3 a second code within a minute is refused with retry-after (the seconds left), then allowed', async () => {
    must(await m.api.call('sendSmsCode', { body: { purpose: 'rights-request' } }))
    s.advance(20_000)
    const early = err(await m.api.call('sendSmsCode', { body: { purpose: 'rights-request' } }))
    expect(early).toMatchObject({ status: 429, code: 'resend-too-soon', retryAfterSeconds: 40 })
    expect(early.localized['zh-CN']).toBe('验证码已发送，请 40 秒后再重新获取。')
    expect(early.localized.en).toBe('A code was just sent; you can ask for another in 40 s.')
    // Only one SMS went out.
    expect(s.logs.filter((l) => l.includes('mock SMS'))).toHaveLength(1)
    s.advance(40_000)
    must(await m.api.call('sendSmsCode', { body: { purpose: 'rights-request' } }))
  })

  it('§10.3 the cooldown is per member: another member is not held up', async () => {
    const other = await s.login('cooldown-2')
    must(await other.api.call('updateProfile', { body: { phone: '13912345678' } }))
    must(await m.api.call('sendSmsCode', { body: {} }))
    must(await other.api.call('sendSmsCode', { body: {} }))
  })

  it('§10.3 too many wrong codes: the code is spent, said in its own words (not the rate-limit text)', async () => {
    const sent = must(await m.api.call('sendSmsCode', { body: {} }))
    const code = lastSmsCode(s.logs)
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 5; i += 1)
      await m.api.call('verifySmsCode', {
        body: { verificationId: sent.verificationId, code: wrong },
      })
    const locked = err(
      await m.api.call('verifySmsCode', { body: { verificationId: sent.verificationId, code } }),
    )
    expect(locked).toMatchObject({ status: 429, code: 'too-many-attempts' })
    expect(locked.localized['zh-CN']).toBe('错误次数过多，这个验证码已失效。请重新获取验证码。')
    expect(locked.localized.en).toBe(
      'Too many wrong tries: this code no longer works. Please ask for a new one.',
    )
    expect(locked.localized['zh-CN']).not.toContain('操作过于频繁')
  })
})
