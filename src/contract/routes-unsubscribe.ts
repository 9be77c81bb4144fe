/**
 * §3.4(b) the one-tap unsubscribe: the main package's unsubscribe page POSTs the link's token.
 * The link's GET (a side-effect-free preview) is in routes-admin.ts: the app never calls it.
 */
import { r } from './route-def'
import * as unsubscribe from './unsubscribe'

export const unsubscribeRoutes = {
  unsubscribePost: r({
    method: 'POST',
    path: '/v1/unsubscribe',
    auth: 'none',
    summary: '§3.4(b) RFC 8058 one-click unsubscribe',
    body: unsubscribe.unsubscribeBody,
    response: unsubscribe.unsubscribeResponse,
  }),
} as const
