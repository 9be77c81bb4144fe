import { useEffect, useState } from 'react'
import type { SyncSlice } from '../store/sync-slice'
import { useAppStore } from '../store/store-context'
import { useServices } from './services-context'

type Shown = SyncSlice['sync']

/**
 * How long a fresh choice may wait for the server before the indicator says "pending". A sync
 * answered sooner leaves the indicator as it was: no "1 pending" -> "synced" flicker, no second
 * re-render of the page (on WeChat a second setData) and no second announcement by the screen
 * reader (the indicator is a polite live region) for every tap.
 */
export const PENDING_SHOWN_AFTER_MS = 800

const calm = (s: Shown) => s.phase === 'synced' && s.pending === 0

/** The sync state for the quiet indicator, and a retry that sends what is pending now. */
export function useSync() {
  const sync = useAppStore((s) => s.sync)
  const { sync: engine } = useServices()
  const [shown, setShown] = useState(sync)
  // Only the step from "all synced" to "sending" waits; offline, errors and the way back to
  // "synced" show at once, and a wait that runs out shows the real state.
  const holds = calm(shown) && !calm(sync) && (sync.phase === 'syncing' || sync.phase === 'synced')
  useEffect(() => {
    if (!holds) {
      if (shown !== sync) setShown(sync)
      return
    }
    const timer = setTimeout(() => setShown(sync), PENDING_SHOWN_AFTER_MS)
    return () => clearTimeout(timer)
  }, [holds, shown, sync])
  const current = holds ? shown : sync
  return { ...current, retry: () => void engine.flush() }
}
