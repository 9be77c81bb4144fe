/** A Transport over Taro.request: the weapp and H5 builds. The only file here that imports Taro. */
import Taro from '@tarojs/taro'
import type { HttpResponse, Transport } from './transport'

export function createTaroTransport(timeoutMs = 15_000): Transport {
  return async (req): Promise<HttpResponse> => {
    const res = await Taro.request({
      url: req.url,
      method: req.method,
      header: req.headers,
      ...(req.body !== undefined ? { data: req.body } : {}),
      dataType: 'json',
      responseType: 'text',
      timeout: timeoutMs,
    })
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries((res.header ?? {}) as Record<string, unknown>))
      headers[k.toLowerCase()] = String(v)
    return { status: res.statusCode, headers, body: res.data as unknown }
  }
}
