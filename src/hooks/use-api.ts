import { useMemo } from 'react'
import type { ApiResult, CallInput, CallOutput } from '../services/api'
import type { RouteName } from '../contract/routes'
import { useServices } from './services-context'

/**
 * The backend client for features (rights requests, member data): logs in first when needed
 * and refuses before the notice was agreed to (§1.5). Results are values, never thrown.
 */
export function useApi() {
  const { api, sync } = useServices()
  return useMemo(
    () => ({
      async call<N extends RouteName>(
        name: N,
        input?: CallInput<N>,
      ): Promise<ApiResult<CallOutput<N>>> {
        const error = await sync.ensureSession()
        if (error) return { ok: false, error }
        return api.call(name, input)
      },
    }),
    [api, sync],
  )
}
