/** §3.4(b) the one-click unsubscribe link: the main package's unsubscribe page calls it. */
import { r } from './route-def'
import * as unsubscribe from './unsubscribe'

export const unsubscribeRoutes = {
  unsubscribeGet: r({
    method: 'GET',
    path: '/v1/unsubscribe',
    auth: 'none',
    summary:
      '§3.4(b) what the link would stop (no side effect: scanners prefetch links); the tap POSTs',
    query: unsubscribe.unsubscribeQuery,
    response: unsubscribe.unsubscribePreviewResponse,
  }),
  unsubscribePost: r({
    method: 'POST',
    path: '/v1/unsubscribe',
    auth: 'none',
    summary: '§3.4(b) RFC 8058 one-click unsubscribe',
    body: unsubscribe.unsubscribeBody,
    response: unsubscribe.unsubscribeResponse,
  }),
} as const
