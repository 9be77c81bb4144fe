/**
 * The routes the main package calls: login, policy, consents, the sync engine's date of
 * birth (§1.6, §12.2) and the unsubscribe link (§3.4(b)). The app's client starts with these
 * only; a subpackage adds its own table (useApi(rightsRoutes)), so the rights, member and admin
 * schemas never load at start. routes.ts stays the union the server and the tests use.
 */
import type { RouteDef } from './route-def'
import { coreRoutes } from './routes-core'
import { profileRoutes } from './routes-profile'
import { unsubscribeRoutes } from './routes-unsubscribe'

export const appRoutes = {
  ...coreRoutes,
  ...profileRoutes,
  ...unsubscribeRoutes,
} as const satisfies Record<string, RouteDef>

export type AppRoutes = typeof appRoutes
