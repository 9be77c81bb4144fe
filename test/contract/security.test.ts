import fc from 'fast-check'
import { routes } from '../../src/contract/routes'
import {
  ADMIN_TOKEN,
  ev,
  lastSmsCode,
  must,
  startServer,
  type Member,
  type TestServer,
} from './support/server'

/** Every answer to bad input: a 4xx with a code and a message in both languages. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON from the wire
function expectBilingual4xx(res: { status: number; body: any }, label: string) {
  if (res.status < 400 || res.status >= 500)
    throw new Error(
      `${label}: expected 4xx, got ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
    )
  expect(typeof res.body?.error?.code).toBe('string')
  expect(res.body.error.message['zh-CN']).toEqual(expect.any(String))
  expect(res.body.error.message.en).toEqual(expect.any(String))
}

describe('security and bad input (§8.2)', () => {
  let s: TestServer
  let alice: Member
  let mallory: Member
  beforeAll(async () => {
    s = await startServer({
      rateLimits: {
        login: { limit: 10_000, windowMs: 60_000 },
        smsSend: { limit: 10_000, windowMs: 1 },
        smsVerify: { limit: 10_000, windowMs: 1 },
        unsubscribe: { limit: 10_000, windowMs: 1 },
      },
    })
    alice = await s.login('alice')
    mallory = await s.login('mallory')
  })
  afterAll(() => s.close())

  const auth = (def: { auth: string }, m: Member = alice): Record<string, string> =>
    def.auth === 'admin'
      ? { authorization: `Bearer ${ADMIN_TOKEN}` }
      : def.auth === 'user'
        ? { authorization: `Bearer ${m.token}` }
        : {}

  it("§10 IDOR: every route that takes an id answers 404 for another member's object", async () => {
    must(await alice.api.call('bindPhone', { body: { code: 'mockphone:13812345678' } }))
    must(
      await alice.api.call('postConsentEvents', {
        body: {
          events: [
            ev('licence-plates', 'grant', s.now() - 1000),
            ev('receipt-photos', 'grant', s.now() - 1000),
          ],
        },
      }),
    )
    const plate = must(await alice.api.call('addPlate', { body: { plate: '京A12345' } }))
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(16),
    ])
    const receipt = must(
      await alice.api.call('uploadReceipt', {
        body: {
          uploadKey: 'rcp-idor-1',
          mimeType: 'image/png',
          imageBase64: png.toString('base64'),
          amountFen: 100,
          storeName: 'S',
          purchasedAt: s.now(),
        },
      }),
    )
    // Points count once the mall approves the receipt (§2.1(c)).
    must(
      await s.admin.call('adminReviewReceipt', {
        params: { id: receipt.id },
        body: { decision: 'approve' },
      }),
    )
    const request = must(
      await alice.api.call('createRightsRequest', {
        body: { type: 'explain-rules', onBehalfOf: 'self', details: { question: 'q' } },
      }),
    )
    const sent = must(await alice.api.call('sendSmsCode', { body: {} }))
    const ids: Record<string, string> = {
      deletePlate: plate.id,
      getReceipt: receipt.id,
      getRightsRequest: request.id,
      verifyRightsRequest: request.id,
      cancelRightsRequest: request.id,
    }
    const userIdRoutes = Object.entries(routes).filter(
      ([, d]) => d.auth === 'user' && d.path.includes(':id'),
    )
    expect(userIdRoutes.map(([n]) => n).sort()).toEqual(Object.keys(ids).sort())
    for (const [name, def] of userIdRoutes) {
      const res = await s.raw(def.method, def.path.replace(':id', ids[name]!), {
        headers: {
          ...auth(def, mallory),
          ...('body' in def ? { 'content-type': 'application/json' } : {}),
        },
        ...('body' in def ? { body: JSON.stringify({ verificationToken: 'x'.repeat(20) }) } : {}),
      })
      expect([name, res.status]).toEqual([name, 404])
    }
    // A verification id in a body is scoped the same way.
    const v = await mallory.api.call('verifySmsCode', {
      body: { verificationId: sent.verificationId, code: lastSmsCode(s.logs) },
    })
    expect(v.ok ? 200 : v.error.status).toBe(404)
    // Client keys (consent event ids, redemption ids) of another member are refused with a
    // bare 409 that carries none of the other member's data.
    const aliceEvent = must(await alice.api.call('getConsents')).ledger[0]!
    const stolen = await mallory.api.call('postConsentEvents', {
      body: { events: [{ ...aliceEvent }] },
    })
    expect(stolen.ok ? 200 : stolen.error.status).toBe(409)
    expect(must(await mallory.api.call('getConsents')).ledger).toEqual([])
    must(
      await alice.api.call('redeemPoints', {
        body: { redemptionId: 'alice-redeem-1', rewardId: 'parking', points: 1 },
      }),
    )
    const r409 = await mallory.api.call('redeemPoints', {
      body: { redemptionId: 'alice-redeem-1', rewardId: 'parking', points: 1 },
    })
    expect(r409.ok ? 200 : [r409.error.status, r409.error.details]).toEqual([409, undefined])
    // And alice still sees hers, untouched.
    expect(
      must(await alice.api.call('getRightsRequest', { params: { id: request.id } })).status,
    ).toBe('submitted')
    expect(must(await alice.api.call('listPlates')).plates).toHaveLength(1)
  })

  it('malformed JSON, wrong types, missing fields, huge bodies and odd unicode always get a bilingual 4xx', async () => {
    const bodies: [string, string][] = [
      ['malformed', '{"a": '],
      ['array', '[1,2,3]'],
      ['number', '42'],
      ['null', 'null'],
      [
        'wrong types',
        JSON.stringify({
          code: 5,
          events: 'x',
          type: [],
          plate: {},
          phone: 13812345678,
          token: false,
          text: 1,
          channel: 9,
        }),
      ],
      ['missing', '{}'],
      ['proto', '{"__proto__": {"admin": true}}'],
      [
        'lone surrogate',
        '{"code":"\\ud800","plate":"\\udfff","question":"\\ud83d","text":"\\ud800","from":"\\ud800"}',
      ],
      [
        'rtl override',
        JSON.stringify({ code: 'mock:\u202eevil:1', plate: '京A\u202e12345', storeName: '\u0000' }),
      ],
      [
        'huge',
        JSON.stringify({ code: 'x'.repeat(200_000), events: [], text: 'y'.repeat(200_000) }),
      ],
    ]
    for (const [name, def] of Object.entries(routes)) {
      if (!('body' in def) || name === 'adminVerifyLedger') continue
      const path = def.path.replace(':id', 'does-not-exist')
      // Routes whose body has no required field accept {} (unknown keys are dropped).
      const emptyOk = def.body.safeParse({}).success
      for (const [label, body] of bodies) {
        if (emptyOk && !['malformed', 'array', 'number', 'null', 'huge'].includes(label)) continue
        const res = await s.raw(def.method, path, {
          headers: { ...auth(def), 'content-type': 'application/json' },
          body,
        })
        expectBilingual4xx(res, `${name} ${label}`)
      }
      const wrongType = await s.raw(def.method, path, {
        headers: { ...auth(def), 'content-type': 'text/plain' },
        body: 'hello',
      })
      expectBilingual4xx(wrongType, `${name} text/plain`)
    }
  })

  it('huge bodies are refused with 413 before they are parsed', async () => {
    const res = await s.raw('POST', '/v1/consents/events', {
      headers: { ...auth({ auth: 'user' }), 'content-type': 'application/json' },
      body: JSON.stringify({ events: [], pad: 'x'.repeat(100_000) }),
    })
    expect(res.status).toBe(413)
    expect(res.body.error.code).toBe('body-too-large')
  })

  it('bad ids, queries and unknown routes get a bilingual 4xx', async () => {
    expectBilingual4xx(
      await s.raw('GET', '/v1/rights-requests/..%2F..%2Fetc', { headers: auth({ auth: 'user' }) }),
      'id',
    )
    expectBilingual4xx(
      await s.raw('GET', `/v1/rights-requests/${'a'.repeat(300)}`, {
        headers: auth({ auth: 'user' }),
      }),
      'long id',
    )
    expectBilingual4xx(
      await s.raw('GET', '/v1/admin/marketing/audience?channel=fax', {
        headers: auth({ auth: 'admin' }),
      }),
      'channel',
    )
    expectBilingual4xx(await s.raw('GET', '/v1/unsubscribe'), 'no token')
    expectBilingual4xx(await s.raw('GET', '/v1/nope'), 'unknown route')
  })

  it('property: any JSON body to any route is answered without a 5xx', async () => {
    const named = Object.entries(routes).filter(([, d]) => 'body' in d)
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...named),
        fc.jsonValue({ maxDepth: 3 }),
        async ([, def], value) => {
          const res = await s.raw(def.method, def.path.replace(':id', 'x1'), {
            headers: { ...auth(def, mallory), 'content-type': 'application/json' },
            body: JSON.stringify(value),
          })
          return res.status < 500
        },
      ),
      { numRuns: 150 },
    )
  })

  it('§5 logs mask phones, plates and tokens and never carry bodies', async () => {
    const m = await s.login('logcheck')
    must(await m.api.call('bindPhone', { body: { code: 'mockphone:13987654321' } }))
    must(
      await m.api.call('postConsentEvents', {
        body: { events: [ev('licence-plates', 'grant', s.now() - 1000)] },
      }),
    )
    must(await m.api.call('addPlate', { body: { plate: '粤BD54321' } }))
    await s.raw('GET', '/v1/unsubscribe?token=secret-token-value-123', {})
    must(await s.admin.call('smsInbound', { body: { from: '13987654321', text: 'TD' } }))
    const all = s.logs.join('\n')
    expect(all).not.toContain('13987654321')
    expect(all).not.toContain('粤BD54321')
    expect(all).not.toContain(m.token)
    expect(all).not.toContain(ADMIN_TOKEN)
    expect(all).not.toContain('secret-token-value-123')
    expect(all).toContain('139****4321')
  })

  it('allows CORS from the H5 dev origin only', async () => {
    const pre = await s.raw('OPTIONS', '/v1/consents', {
      headers: { origin: 'http://127.0.0.1:10086', 'access-control-request-method': 'POST' },
    })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:10086')
    expect(pre.headers.get('access-control-allow-headers')).toContain('authorization')
    const evil = await s.raw('GET', '/healthz', { headers: { origin: 'https://evil.example' } })
    expect(evil.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('serves /healthz and an OpenAPI 3.1 document generated from the contract', async () => {
    expect((await s.raw('GET', '/healthz')).status).toBe(200)
    const doc = (await s.raw('GET', '/openapi.json')).body
    expect(doc.openapi).toBe('3.1.0')
    for (const def of Object.values(routes)) {
      const p = def.path.replace(/:([A-Za-z]+)/g, '{$1}')
      expect(doc.paths[p]?.[def.method.toLowerCase()]).toBeDefined()
    }
    const post = doc.paths['/v1/consents/events'].post
    expect(post.requestBody.content['application/json'].schema.properties.events.maxItems).toBe(100)
  })
})
