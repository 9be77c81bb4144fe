import { waitFor } from '@testing-library/react'
import Unsubscribe from '../../src/pages/unsubscribe/index'
import type { HttpRequest, HttpResponse } from '../../src/services/api'
import type { Navigator, Route } from '../../src/services/ports'
import { buildTestServices, mountPage, unmountAll } from '../support/render'

const q = (selector: string) => document.querySelector(selector) as HTMLElement | null

/** A backend that answers the §3.4(b) route only and records every request it gets. */
function scriptedBackend(reply: (req: HttpRequest) => HttpResponse) {
  const requests: HttpRequest[] = []
  const transport = async (req: HttpRequest) => {
    requests.push(req)
    return reply(req)
  }
  return { requests, transport }
}

const unsubscribed: HttpResponse = {
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: {
    unsubscribed: ['marketing-email'],
    message: {
      'zh-CN': '您已退订电子邮件营销。',
      en: 'You are unsubscribed from email marketing.',
    },
  },
}

async function open(token: string | undefined, reply = () => unsubscribed) {
  const backend = scriptedBackend(reply)
  const setup = buildTestServices({}, { transport: backend.transport })
  const routes: Route[] = []
  const navigator: Navigator = {
    go: (r) => void routes.push(r),
    back: () => undefined,
    params: () => (token ? { token } : {}),
  }
  const services = { ...setup.services, navigator }
  const mounted = await mountPage(Unsubscribe, { ...setup, services })
  await mounted.testUtils.queries.waitForQuerySelector('.unsubscribe__title')
  return { ...mounted, backend, routes }
}

afterEach(unmountAll)

describe('unsubscribe link page (§3.4(b))', () => {
  it('§3.4(b) one tap unsubscribes with no login and no notice first', async () => {
    const { backend, store, testUtils } = await open('signed-token-abc')
    // Nothing is sent on opening: link scanners open links, only a person taps.
    expect(backend.requests).toHaveLength(0)
    expect(store.getState().notice).toBeNull()
    testUtils.fireEvent.click(q('.unsubscribe__action') as HTMLElement)
    await waitFor(() => expect(q('.unsubscribe__done')).not.toBeNull())
    expect(backend.requests).toHaveLength(1)
    const [req] = backend.requests
    expect(req?.method).toBe('POST')
    expect(req?.url).toMatch(/\/v1\/unsubscribe$/)
    expect(JSON.parse(req?.body ?? '{}')).toEqual({ token: 'signed-token-abc' })
    // No session: no login request and no bearer token.
    expect(Object.keys(req?.headers ?? {}).map((h) => h.toLowerCase())).not.toContain(
      'authorization',
    )
    expect(q('.unsubscribe__message')?.textContent).toBe('您已退订电子邮件营销。')
    expect(q('.unsubscribe__channels')?.textContent).toContain('电子邮件营销')
  })

  it('§3.5 the page says service announcements are not affected', async () => {
    await open('t')
    expect(q('.unsubscribe__note')?.textContent).toContain('服务公告不受影响')
  })

  it('§3.4(b) an incomplete link says so and sends nothing', async () => {
    const { backend } = await open(undefined)
    expect(q('.unsubscribe__action')).toBeNull()
    expect(q('.unsubscribe__error')?.textContent).toContain('链接不完整')
    expect(backend.requests).toHaveLength(0)
  })

  it('§3.4(b) an expired token shows the server reason in the user language', async () => {
    const { testUtils } = await open('old', () => ({
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: {
        error: {
          code: 'token-expired',
          message: { 'zh-CN': '退订链接已过期。', en: 'This unsubscribe link has expired.' },
        },
      },
    }))
    testUtils.fireEvent.click(q('.unsubscribe__action') as HTMLElement)
    await waitFor(() => expect(q('.unsubscribe__error')).not.toBeNull())
    expect(q('.unsubscribe__error')?.textContent).toContain('退订未成功')
  })
})
