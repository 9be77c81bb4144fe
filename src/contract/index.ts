export * from './common'
export * from './auth'
export * from './consents'
export * from './policy'
export * from './verification'
export * from './rights-requests'
export * from './profile'
export * from './member'
export * from './unsubscribe'
export * from './admin'
export * from './service-notices'
export {
  routes,
  type RouteDef,
  type RouteName,
  type Routes,
  type HttpMethod,
  type RouteAuth,
} from './routes'
