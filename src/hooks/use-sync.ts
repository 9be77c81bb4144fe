import { useAppStore } from '../store/store-context'
import { useServices } from './services-context'

/** The sync state for the quiet indicator, and a retry that sends what is pending now. */
export function useSync() {
  const sync = useAppStore((s) => s.sync)
  const { sync: engine } = useServices()
  return { ...sync, retry: () => void engine.flush() }
}
