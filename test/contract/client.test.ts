import { routes } from '../../src/contract/routes'
import { appRoutes } from '../../src/contract/routes-app'
import { memberRoutes } from '../../src/contract/routes-member'
import { rightsRoutes } from '../../src/contract/routes-rights'
import { verificationRoutes } from '../../src/contract/routes-verification'
import { createApiClient, type HttpRequest, type Transport } from '../../src/services/api'

/** The app's client on a scripted transport: errors come back as values, never thrown. */
function scripted(
  answer: (
    req: HttpRequest,
  ) => Promise<{ status: number; headers?: Record<string, string>; body: unknown }>,
) {
  const seen: HttpRequest[] = []
  const transport: Transport = async (req) => {
    seen.push(req)
    const a = await answer(req)
    return { status: a.status, headers: a.headers ?? {}, body: a.body }
  }
  return {
    seen,
    api: createApiClient({
      baseUrl: 'http://x.test/',
      transport,
      getToken: () => 'tok',
      adminToken: 'adm',
    }),
  }
}

describe('the app API client (errors are values)', () => {
  it('builds the URL, headers and JSON body from the contract', async () => {
    const { seen, api } = scripted(async () => ({ status: 200, body: { requests: [] } }))
    await api.call('listRightsRequests')
    await api.call('cancelRightsRequest', { params: { id: 'a b/c' } }).catch(() => undefined)
    await api.call('adminAudience', { query: { channel: 'sms', personalised: 'true' } })
    expect(seen[0]).toMatchObject({
      method: 'GET',
      url: 'http://x.test/v1/rights-requests',
      headers: { authorization: 'Bearer tok' },
    })
    expect(seen[0]!.body).toBeUndefined()
    expect(seen[1]!.url).toBe('http://x.test/v1/rights-requests/a%20b%2Fc/cancel')
    expect(seen[2]).toMatchObject({
      url: 'http://x.test/v1/admin/marketing/audience?channel=sms&personalised=true',
      headers: { authorization: 'Bearer adm' },
    })
  })

  it('a network failure is { kind: network }', async () => {
    const { api } = scripted(async () => {
      throw new Error('ECONNRESET')
    })
    expect(await api.call('getConsents')).toEqual({
      ok: false,
      error: { kind: 'network', message: 'ECONNRESET' },
    })
  })

  it('an HTTP error carries the status, code, both languages and Retry-After', async () => {
    const { api } = scripted(async () => ({
      status: 429,
      headers: { 'retry-after': '30' },
      body: {
        error: {
          code: 'rate-limited',
          message: { 'zh-CN': '操作过于频繁', en: 'Too many attempts' },
        },
      },
    }))
    expect(await api.call('sendSmsCode', { body: {} })).toEqual({
      ok: false,
      error: {
        kind: 'http',
        status: 429,
        code: 'rate-limited',
        message: 'Too many attempts',
        localized: { 'zh-CN': '操作过于频繁', en: 'Too many attempts' },
        details: undefined,
        retryAfterSeconds: 30,
      },
    })
  })

  it('a non-JSON error page is still an http error value', async () => {
    const { api } = scripted(async () => ({ status: 502, body: '<html>Bad gateway</html>' }))
    expect(await api.call('getConsents')).toEqual({
      ok: false,
      error: { kind: 'http', status: 502, message: 'HTTP 502' },
    })
  })

  it('a 200 that breaks the contract is { kind: validation }', async () => {
    const { api } = scripted(async () => ({
      status: 200,
      body: { currentPolicyVersion: 1, purposes: 'nope' },
    }))
    const r = await api.call('getConsents')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.kind).toBe('validation')
  })
})

describe("main package budget (bench/index.ts): each package's client knows its own routes only", () => {
  const transport: Transport = async (req) => ({
    status: 200,
    headers: {},
    body: req.url.endsWith('/v1/rights-requests') ? { requests: [] } : { status: 'ok', time: 1 },
  })
  const main = createApiClient({ baseUrl: 'http://x.test', transport }, appRoutes)

  it('the main table has no rights, member, verification or admin route', () => {
    const paths = Object.values(appRoutes).map((d) => d.path)
    expect(paths).toContain('/v1/consents/events')
    expect(paths).toContain('/v1/unsubscribe')
    // §3.4(b) the unsubscribe page only POSTs; the link's GET preview stays out of the package.
    expect(Object.keys(appRoutes)).toContain('unsubscribePost')
    expect(Object.keys(appRoutes)).not.toContain('unsubscribeGet')
    expect(
      paths.filter((p) => /^\/v1\/(admin|rights-requests|verification|me\/(?!profile))/.test(p)),
    ).toEqual([])
  })

  it('a subpackage extends the main client with its table; a route of neither does not compile', async () => {
    // @ts-expect-error: rights routes are not in the main package's table
    expect(() => main.call('listRightsRequests')).toThrow()
    const rights = main.extend(rightsRoutes)
    const listed = await rights.call('listRightsRequests')
    expect(listed.ok && listed.value.requests).toEqual([])
    expect((await rights.call('health')).ok).toBe(true)
    // @ts-expect-error: the admin routes are in no table of the app
    expect(() => rights.call('adminAudience', { query: { channel: 'sms' } })).toThrow()
  })

  it('the union is still every table once (the server and the OpenAPI document use it)', () => {
    const union = { ...appRoutes, ...verificationRoutes, ...rightsRoutes, ...memberRoutes }
    for (const [name, def] of Object.entries(union))
      expect(routes[name as keyof typeof routes]).toBe(def)
  })
})
