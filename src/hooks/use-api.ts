import { useMemo } from 'react'
import type { AppRoutes } from '../contract/routes-app'
import type { ApiClient, RouteTable } from '../services/api/client'
import { useServices } from './services-context'

/** What useApi returns: `call` knows the main package's routes and the table given. */
export type FeatureApi<T extends RouteTable> = Pick<ApiClient<T>, 'call'>

/**
 * The backend client for features (rights requests, member data): logs in first when needed
 * and refuses before the notice was agreed to (§1.5). Results are values, never thrown.
 * As with useT(rightsMessages): a subpackage passes its own route table (useApi(rightsRoutes)),
 * so its schemas load with its pages and not at start (budget, bench/); useApi() knows the main
 * package's routes only, and a route of neither table does not compile.
 */
/** The `call` of useApi(table): the main package's routes and `T`. */
export type FeatureCall<T extends RouteTable = Record<never, never>> = FeatureApi<
  AppRoutes & T
>['call']

export function useApi(): FeatureApi<AppRoutes>
export function useApi<T extends RouteTable>(table: T): FeatureApi<AppRoutes & T>
export function useApi(table?: RouteTable): FeatureApi<RouteTable> {
  const { api, sync } = useServices()
  return useMemo(() => {
    // The table's routes are checked where useApi(table) is called; here any name of it goes.
    const client = (table ? api.extend(table) : api) as unknown as FeatureApi<RouteTable>
    const feature: FeatureApi<RouteTable> = {
      async call(name, input) {
        const error = await sync.ensureSession()
        if (error) return { ok: false, error }
        return client.call(name, input)
      },
    }
    return feature
  }, [api, sync, table])
}
