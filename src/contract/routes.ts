/**
 * The route table: every endpoint once, with its schemas. The server registers from it, the
 * client calls through it and GET /openapi.json is generated from it.
 */
import { errorBody } from './common'
import type { RouteDef } from './route-def'
import { adminRoutes } from './routes-admin'
import { coreRoutes } from './routes-core'
import { memberRoutes } from './routes-member'

export type { HttpMethod, RouteAuth, RouteDef } from './route-def'

export const routes = {
  ...coreRoutes,
  ...memberRoutes,
  ...adminRoutes,
} as const satisfies Record<string, RouteDef>

export type Routes = typeof routes
export type RouteName = keyof Routes

export { errorBody }
