/** A Transport over WHATWG fetch: node tests, the H5 build's tooling and scripts. */
import type { HttpResponse, Transport } from './transport'

export function createFetchTransport(
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 15_000,
): Transport {
  return async (req): Promise<HttpResponse> => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    try {
      const res = await fetchImpl(req.url, {
        method: req.method,
        headers: req.headers,
        ...(req.body !== undefined ? { body: req.body } : {}),
        signal: controller.signal,
      })
      const headers: Record<string, string> = {}
      res.headers.forEach((v, k) => {
        headers[k] = v
      })
      const text = await res.text()
      let body: unknown = text === '' ? undefined : text
      if ((headers['content-type'] ?? '').includes('json') && text !== '') {
        try {
          body = JSON.parse(text)
        } catch {
          body = text
        }
      }
      return { status: res.status, headers, body }
    } finally {
      clearTimeout(timer)
    }
  }
}
