/**
 * The route table: every endpoint once, with its schemas. The server registers from it, tests and
 * tools call through it and GET /openapi.json is generated from it. The app's client knows only
 * the part each package calls (routes-app.ts and the subpackages' tables).
 */
import { errorBody } from './common'
import type { RouteDef } from './route-def'
import { adminRoutes } from './routes-admin'
import { coreRoutes } from './routes-core'
import { memberRoutes } from './routes-member'
import { rightsRoutes } from './routes-rights'
import { serviceNoticeAdminRoutes, serviceNoticeRoutes } from './routes-service-notices'
import { verificationRoutes } from './routes-verification'

export type { HttpMethod, RouteAuth, RouteDef } from './route-def'

export const routes = {
  ...coreRoutes,
  ...verificationRoutes,
  ...rightsRoutes,
  ...memberRoutes,
  ...serviceNoticeRoutes,
  ...adminRoutes,
  ...serviceNoticeAdminRoutes,
} as const satisfies Record<string, RouteDef>

export type Routes = typeof routes
export type RouteName = keyof Routes

export { errorBody }
