import { err, must, startServer, type TestServer } from './support/server'
import { mockLoginCode } from '../../src/services/api'

describe('login as WeChat does it (§3.1(b))', () => {
  let s: TestServer
  beforeEach(async () => {
    s = await startServer({ rateLimits: { login: { limit: 5, windowMs: 60_000 } } })
  })
  afterEach(() => s.close())

  it('§2.1(b) turns a mock code into a stable member and an opaque token, never the openid', async () => {
    const a = must(
      await s.anon.call('login', { body: { code: mockLoginCode('alice', s.now(), 'a') } }),
    )
    const b = must(
      await s.anon.call('login', { body: { code: mockLoginCode('alice', s.now(), 'b') } }),
    )
    expect(a.userId).toBe(b.userId)
    expect(a.isNewUser).toBe(true)
    expect(b.isNewUser).toBe(false)
    expect(a.token).not.toBe(b.token)
    const raw = await s.raw('POST', '/v1/auth/login', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: mockLoginCode('alice', s.now(), 'c') }),
    })
    expect(Object.keys(raw.body).sort()).toEqual(['expiresAt', 'isNewUser', 'token', 'userId'])
    expect(JSON.stringify(raw.body)).not.toMatch(/openid|session_key/i)
  })

  it('a code works once', async () => {
    const code = mockLoginCode('bob', s.now(), 'once')
    must(await s.anon.call('login', { body: { code } }))
    const again = err(await s.anon.call('login', { body: { code } }))
    expect(again).toMatchObject({ status: 400, code: 'invalid-login-code' })
  })

  it('a code expires after 5 minutes', async () => {
    const code = mockLoginCode('carol', s.now(), 'late')
    s.advance(5 * 60_000 + 1)
    expect(err(await s.anon.call('login', { body: { code } }))).toMatchObject({
      status: 400,
      code: 'invalid-login-code',
    })
  })

  it('rejects codes that are not mock codes, with a bilingual message', async () => {
    const e = err(await s.anon.call('login', { body: { code: 'wx-real-code-123' } }))
    expect(e.status).toBe(400)
    expect(e.localized['zh-CN']).toMatch(/登录/)
    expect(e.localized.en).toMatch(/login code/i)
  })

  it('every /v1 route needs a bearer session; a wrong or logged-out token is 401', async () => {
    expect(err(await s.anon.call('getConsents')).status).toBe(401)
    const m = await s.login('dave')
    must(await m.api.call('getConsents'))
    must(await m.api.call('logout'))
    expect(err(await m.api.call('getConsents'))).toMatchObject({
      status: 401,
      code: 'unauthorised',
    })
    const raw = await s.raw('GET', '/v1/consents', {
      headers: { authorization: 'Bearer not-a-token' },
    })
    expect(raw.status).toBe(401)
  })

  it('sessions expire', async () => {
    const m = await s.login('erin')
    s.advance(8 * 24 * 3600_000)
    expect(err(await m.api.call('getProfile')).status).toBe(401)
  })

  it('/v1/admin routes need the admin token, not a session', async () => {
    const m = await s.login('frank')
    const raw = await s.raw('GET', '/v1/admin/marketing/audience?channel=sms', {
      headers: { authorization: `Bearer ${m.token}` },
    })
    expect(raw.status).toBe(401)
    expect(raw.body.error.code).toBe('admin-token-required')
    must(await s.admin.call('adminAudience', { query: { channel: 'sms' } }))
  })

  it('§10 rate-limits login attempts (429 with Retry-After)', async () => {
    const results = []
    for (let i = 0; i < 7; i += 1)
      results.push(await s.anon.call('login', { body: { code: `bad-${i}` } }))
    const limited = results.map((r) => (r.ok ? 200 : r.error.status))
    expect(limited.slice(0, 5)).toEqual([400, 400, 400, 400, 400])
    expect(limited.slice(5)).toEqual([429, 429])
    const e = err(results[6]!)
    expect(e.code).toBe('rate-limited')
  })
})
