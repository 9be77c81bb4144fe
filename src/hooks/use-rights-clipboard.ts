import { useCallback } from 'react'
import { useServices } from './services-context'

/** §10.1(a): copies the export so the person can keep it; false when it could not be copied. */
export function useRightsClipboard(): (text: string) => Promise<boolean> {
  const { clipboard } = useServices()
  return useCallback(
    async (text: string) => (clipboard ? clipboard.copy(text) : false),
    [clipboard],
  )
}
