import { useMemo } from 'react'
import type { Route } from '../services/ports'
import { useServices } from './services-context'

export type { Route }

/** Moving between pages, for pages and components (which never import services). */
export function useNavigation() {
  const { navigator } = useServices()
  return useMemo(
    () => ({
      go: (route: Route) => navigator.go(route),
      back: () => navigator.back(),
      /** The current page's query; read once per page when it mounts. */
      params: (): Readonly<Record<string, string | undefined>> => navigator.params?.() ?? {},
    }),
    [navigator],
  )
}
