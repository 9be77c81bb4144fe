import { err, ev, must, startServer, type Member, type TestServer } from './support/server'

/** What the profile route keeps depends on consent: unknown means not granted. */
describe('§2.1(b) §3.1(k) §12.2 the profile keeps optional data only with its consent', () => {
  let s: TestServer
  let m: Member
  beforeEach(async () => {
    s = await startServer()
    m = await s.login('profile')
  })
  afterEach(() => s.close())

  it('§3.1(k) an email is kept only with the member-profile consent; withdrawing it deletes the email', async () => {
    const refused = err(await m.api.call('updateProfile', { body: { email: 'x@example.cn' } }))
    expect(refused).toMatchObject({
      status: 403,
      code: 'consent-required',
      details: { purposeId: 'member-profile' },
    })
    expect(refused.localized?.['zh-CN']).toContain('需要您先同意')
    expect(refused.localized?.en).toContain('consent')
    expect(must(await m.api.call('getProfile')).email).toBeUndefined()
    // A bad address is still named as such first.
    expect(err(await m.api.call('updateProfile', { body: { email: 'a@b' } }))).toMatchObject({
      status: 400,
      code: 'email-bad-domain',
    })
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('member-profile', 'grant', s.now() - 1000)] },
      }),
    )
    expect(must(await m.api.call('updateProfile', { body: { email: 'x@example.cn' } })).email).toBe(
      'x@example.cn',
    )
    const w = must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('member-profile', 'withdraw', s.now())] },
      }),
    )
    expect(w.deleted).toContainEqual({
      purposeId: 'member-profile',
      category: 'email-address',
      count: 1,
    })
    expect(must(await m.api.call('getProfile')).email).toBeUndefined()
    // Clearing needs no consent.
    expect(must(await m.api.call('updateProfile', { body: { email: null } })).email).toBeUndefined()
  })

  it("§1.6 §12.2 a child's typed phone waits for the guardian's consent, as the WeChat phone does", async () => {
    must(await m.api.call('updateProfile', { body: { birthDate: '2016-05-01' } }))
    const refused = err(await m.api.call('updateProfile', { body: { phone: '13812345678' } }))
    expect(refused).toMatchObject({
      status: 403,
      code: 'consent-required',
      details: { purposeId: 'guardian-consent' },
    })
    expect(refused.localized?.['zh-CN']).toBeTruthy()
    expect(
      err(await m.api.call('bindPhone', { body: { code: 'mockphone:13812345678' } })),
    ).toMatchObject({ status: 403, code: 'consent-required' })
    expect(
      s.db.prepare('SELECT phone, pending_phone FROM users WHERE id = ?').get(m.userId),
    ).toEqual({ phone: null, pending_phone: null })
  })
})
