import { err, ev, must, startServer, type Member, type TestServer } from './support/server'

const granted = async (m: Member, purposeId: string) =>
  must(await m.api.call('getConsents')).purposes.find((p) => p.purposeId === purposeId)?.granted

const ledgerSources = async (m: Member) =>
  must(await m.api.call('getConsents')).ledger.map((l) => `${l.purposeId}:${l.action}:${l.source}`)

describe('choices are honoured: audiences and every §3.4 opt-out path', () => {
  let s: TestServer
  let alice: Member
  beforeEach(async () => {
    s = await startServer()
    alice = await s.login('alice')
    // The member's phone is a verified one (§3.1(b)): bound from WeChat's phone code.
    must(await alice.api.call('bindPhone', { body: { code: 'mockphone:13812345678' } }))
    must(
      await alice.api.call('postConsentEvents', {
        body: {
          events: [
            ...['sms', 'email', 'phone', 'wechat', 'post'].map((c) =>
              ev(`marketing-${c}`, 'grant', s.now() - 60_000),
            ),
            // The email is kept with the member-profile consent only.
            ev('member-profile', 'grant', s.now() - 60_000),
          ],
        },
      }),
    )
    must(await alice.api.call('updateProfile', { body: { email: 'Alice@Example.COM' } }))
  })
  afterEach(() => s.close())

  const audience = async (
    channel: 'sms' | 'email' | 'phone' | 'wechat' | 'post',
    personalised?: boolean,
  ) =>
    must(
      await s.admin.call('adminAudience', {
        query: {
          channel,
          ...(personalised !== undefined
            ? { personalised: String(personalised) as 'true' | 'false' }
            : {}),
        },
      }),
    ).members

  it('§3.1(g) lists only members who granted the channel now, with the channel contact', async () => {
    const bob = await s.login('bob') // granted nothing
    must(await bob.api.call('updateProfile', { body: { phone: '13900001111' } }))
    expect(await audience('sms')).toEqual([{ userId: alice.userId, contact: '13812345678' }])
    expect(await audience('email')).toEqual([
      { userId: alice.userId, contact: 'Alice@example.com' },
    ])
  })

  it('§12.2 leaves out members under 14 unless the guardian consented', async () => {
    const kid = await s.login('kid')
    must(
      await kid.api.call('updateProfile', {
        body: { birthDate: '2016-05-01', phone: '13700002222' },
      }),
    )
    must(
      await kid.api.call('postConsentEvents', {
        body: { events: [ev('marketing-sms', 'grant', s.now() - 1000)] },
      }),
    )
    expect((await audience('sms')).map((m) => m.userId)).not.toContain(kid.userId)
    must(
      await kid.api.call('postConsentEvents', {
        body: {
          events: [
            ev('guardian-consent', 'grant', s.now() - 500, {
              actor: 'guardian',
              source: 'guardian-flow',
            }),
            ev('marketing-sms', 'grant', s.now() - 400, {
              actor: 'guardian',
              source: 'guardian-flow',
            }),
          ],
        },
      }),
    )
    expect((await audience('sms')).map((m) => m.userId)).toContain(kid.userId)
  })

  it('§9.3(a) personalised push leaves out members without the automated-decision consent', async () => {
    expect(await audience('wechat', true)).toEqual([])
    must(
      await alice.api.call('postConsentEvents', {
        body: {
          events: [
            ev('personalised-push', 'grant', s.now() - 1000, { source: 'separate-consent' }),
          ],
        },
      }),
    )
    expect((await audience('wechat', true)).map((m) => m.userId)).toEqual([alice.userId])
    must(
      await alice.api.call('postConsentEvents', {
        body: { events: [ev('personalised-push', 'withdraw', s.now())] },
      }),
    )
    expect(await audience('wechat', true)).toEqual([])
    expect((await audience('wechat', false)).map((m) => m.userId)).toEqual([alice.userId])
  })

  it('§3.4(a) unsubscribes by replying TD to the SMS', async () => {
    const r = must(
      await s.admin.call('smsInbound', { body: { from: '+86 138-1234-5678', text: ' ＴＤ ' } }),
    )
    expect(r).toEqual({ action: 'unsubscribed', matchedUsers: 1 })
    expect(await granted(alice, 'marketing-sms')).toBe(false)
    expect(await granted(alice, 'marketing-email')).toBe(true)
    expect(await ledgerSources(alice)).toContain('marketing-sms:withdraw:sms-reply')
    expect(await audience('sms')).toEqual([])
  })

  it('§3.4(a) a TD reply wins over a grant dated ahead by a phone whose clock runs fast', async () => {
    // The phone's clock is 4 minutes ahead (within the accepted skew): its grant is dated then.
    const ahead = ev('marketing-sms', 'grant', s.now() + 4 * 60_000)
    const r = must(await alice.api.call('postConsentEvents', { body: { events: [ahead] } }))
    expect(r.results[0]).toMatchObject({ clamped: false, at: ahead.at })
    s.advance(60_000)
    must(await s.admin.call('smsInbound', { body: { from: '13812345678', text: 'TD' } }))
    // The reply came after the grant: it decides, now and once the grant's time has passed.
    expect(await granted(alice, 'marketing-sms')).toBe(false)
    s.advance(10 * 60_000)
    expect(await granted(alice, 'marketing-sms')).toBe(false)
    expect(await audience('sms')).toEqual([])
    const last = must(await alice.api.call('getConsents')).ledger.at(-1)
    expect(last).toMatchObject({ action: 'withdraw', source: 'sms-reply', at: ahead.at + 1 })
  })

  it('§3.4(a) also accepts 退订 and ignores other replies and unknown numbers', async () => {
    expect(
      must(await s.admin.call('smsInbound', { body: { from: '13812345678', text: '你好' } })),
    ).toEqual({ action: 'ignored', matchedUsers: 0 })
    expect(
      must(await s.admin.call('smsInbound', { body: { from: '13999999999', text: '退订' } })),
    ).toEqual({ action: 'ignored', matchedUsers: 0 })
    expect(
      must(await s.admin.call('smsInbound', { body: { from: '13812345678', text: '退订' } })),
    ).toEqual({ action: 'unsubscribed', matchedUsers: 1 })
    expect(await granted(alice, 'marketing-sms')).toBe(false)
  })

  it('§3.4(b) one-click unsubscribe link for one channel works without login', async () => {
    const t = must(
      await s.admin.call('adminUnsubscribeToken', {
        body: { userId: alice.userId, channel: 'email' },
      }),
    )
    // The link opens the app's unsubscribe page (it waits for the tap), in H5 and in WeChat.
    const path = `pages/unsubscribe/index?token=${encodeURIComponent(t.token)}`
    expect(t.miniProgramPath).toBe(path)
    expect(t.url).toMatch(new RegExp(`^https?://[^/]+/#/${path.replace(/[?.]/g, '\\$&')}$`))
    const r = must(await s.anon.call('unsubscribePost', { body: { token: t.token } }))
    expect(r.unsubscribed).toEqual(['marketing-email'])
    expect(await granted(alice, 'marketing-email')).toBe(false)
    expect(await granted(alice, 'marketing-sms')).toBe(true)
    expect(await ledgerSources(alice)).toContain('marketing-email:withdraw:unsubscribe-link')
    // Clicking twice is harmless.
    must(await s.anon.call('unsubscribePost', { body: { token: t.token } }))
  })

  it('§3.4(b) opening the link (GET, HEAD: a mail scanner prefetching it) unsubscribes nothing', async () => {
    const t = must(
      await s.admin.call('adminUnsubscribeToken', {
        body: { userId: alice.userId, channel: 'all', ttlSeconds: 3600 },
      }),
    )
    const before = must(await alice.api.call('getConsents')).ledger.length
    // What a tap would stop, and the page where the person taps: nothing is withdrawn.
    const preview = must(await s.anon.call('unsubscribeGet', { query: { token: t.token } }))
    expect(preview).toMatchObject({ url: t.url, miniProgramPath: t.miniProgramPath })
    expect([...preview.wouldUnsubscribe].sort()).toEqual(
      ['email', 'phone', 'post', 'sms', 'wechat'].map((c) => `marketing-${c}`),
    )
    expect(preview.message['zh-CN']).toContain('不会退订')
    expect(preview.message.en).toContain('unsubscribes nothing')
    const q = `/v1/unsubscribe?token=${encodeURIComponent(t.token)}`
    expect((await s.raw('HEAD', q)).status).toBe(200)
    expect((await s.raw('GET', q)).status).toBe(200)
    expect(must(await alice.api.call('getConsents')).ledger).toHaveLength(before)
    for (const c of ['sms', 'email', 'phone', 'wechat', 'post'])
      expect(await granted(alice, `marketing-${c}`)).toBe(true)
    expect(await audience('email')).toHaveLength(1)
    // A bad or expired link is refused on the GET too, in both languages.
    const forged = err(
      await s.anon.call('unsubscribeGet', { query: { token: `${t.token.slice(0, -2)}zz` } }),
    )
    expect(forged).toMatchObject({ status: 400, code: 'link-invalid' })
    expect(forged.localized).toMatchObject({ 'zh-CN': '退订链接无效。' })
    s.advance(3601_000)
    expect(err(await s.anon.call('unsubscribeGet', { query: { token: t.token } }))).toMatchObject({
      status: 400,
      code: 'link-expired',
    })
    expect(await granted(alice, 'marketing-sms')).toBe(true)
  })

  it('§3.4(b) an "all channels" link stops every channel; forged or expired links are refused', async () => {
    const t = must(
      await s.admin.call('adminUnsubscribeToken', {
        body: { userId: alice.userId, channel: 'all', ttlSeconds: 3600 },
      }),
    )
    const forged = t.token.slice(0, -2) + (t.token.endsWith('AA') ? 'BB' : 'AA')
    expect(err(await s.anon.call('unsubscribePost', { body: { token: forged } }))).toMatchObject({
      status: 400,
      code: 'link-invalid',
    })
    s.advance(3601_000)
    expect(err(await s.anon.call('unsubscribePost', { body: { token: t.token } }))).toMatchObject({
      status: 400,
      code: 'link-expired',
    })
    const t2 = must(
      await s.admin.call('adminUnsubscribeToken', {
        body: { userId: alice.userId, channel: 'all' },
      }),
    )
    must(await s.anon.call('unsubscribePost', { body: { token: t2.token } }))
    for (const c of ['sms', 'email', 'phone', 'wechat', 'post'])
      expect(await granted(alice, `marketing-${c}`)).toBe(false)
  })

  it('§3.4(b) valid links are never rate-limited (a mail provider posts for many members); bad ones are, in both languages', async () => {
    const strict = await startServer({
      rateLimits: { unsubscribe: { limit: 2, windowMs: 60_000 } },
    })
    try {
      const members = await Promise.all(['m1', 'm2', 'm3', 'm4'].map((k) => strict.login(k)))
      for (const member of members) {
        const t = must(
          await strict.admin.call('adminUnsubscribeToken', {
            body: { userId: member.userId, channel: 'all' },
          }),
        )
        must(await strict.anon.call('unsubscribePost', { body: { token: t.token } }))
        const consents = must(await member.api.call('getConsents'))
        expect(consents.purposes.find((p) => p.purposeId === 'marketing-sms')?.status).toBe(
          'withdrawn',
        )
      }
      const bad = async () =>
        err(await strict.anon.call('unsubscribePost', { body: { token: 'not.a-valid-token' } }))
      expect(await bad()).toMatchObject({ status: 400, code: 'link-invalid' })
      expect(await bad()).toMatchObject({ status: 400, code: 'link-invalid' })
      const limited = await bad()
      expect(limited).toMatchObject({ status: 429, code: 'rate-limited' })
      expect(limited.localized?.['zh-CN']).toContain('操作过于频繁')
    } finally {
      await strict.close()
    }
  })

  it('§3.4(c) opting out in the app itself lands in the same ledger', async () => {
    must(
      await alice.api.call('postConsentEvents', {
        body: {
          events: [ev('marketing-post', 'withdraw', s.now(), { source: 'marketing-preferences' })],
        },
      }),
    )
    expect(await audience('post')).toEqual([])
    expect(await ledgerSources(alice)).toContain('marketing-post:withdraw:marketing-preferences')
  })

  it('§3.4(d) records an opt-out said on a marketing call (by phone number)', async () => {
    const r = must(await s.admin.call('adminCallCentreOptOut', { body: { phone: '13812345678' } }))
    expect(r).toEqual({ userId: alice.userId, withdrawn: ['marketing-phone'] })
    expect(await granted(alice, 'marketing-phone')).toBe(false)
    expect(await granted(alice, 'marketing-sms')).toBe(true)
    expect(await ledgerSources(alice)).toContain('marketing-phone:withdraw:call-centre')
  })

  it('§3.4(e), §10.2 records an opt-out received by the DPO for every channel', async () => {
    const r = must(await s.admin.call('adminDpoOptOut', { body: { userId: alice.userId } }))
    expect(r.withdrawn.sort()).toEqual([
      'marketing-email',
      'marketing-phone',
      'marketing-post',
      'marketing-sms',
      'marketing-wechat',
    ])
    for (const c of ['sms', 'email', 'phone', 'wechat', 'post'] as const)
      expect(await audience(c)).toEqual([])
    expect((await ledgerSources(alice)).filter((x) => x.endsWith(':dpo'))).toHaveLength(5)
    expect(err(await s.admin.call('adminDpoOptOut', { body: { userId: 'nobody' } })).status).toBe(
      404,
    )
    expect(err(await s.admin.call('adminDpoOptOut', { body: {} })).status).toBe(400)
  })
})
