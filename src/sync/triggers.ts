import type { AppEvents } from '../services/ports'
import type { AppStore } from '../store/create-app-store'
import type { SyncEngine } from './sync-engine'

/**
 * When to sync: after each choice, when the notice is agreed to, when the app comes back to
 * the foreground, and when the network returns (issue: offline-first sync).
 */
export function startSyncTriggers(deps: {
  store: AppStore
  sync: Pick<SyncEngine, 'flush' | 'reconcile' | 'online'>
  appEvents: AppEvents
}) {
  const { store, sync } = deps
  store.subscribe((state, prev) => {
    if (state.unsynced.length > prev.unsynced.length) void sync.flush()
    if (state.notice?.decision === 'accepted' && prev.notice?.decision !== 'accepted') {
      void sync.reconcile()
    }
  })
  deps.appEvents.onShow(() => void sync.reconcile())
  deps.appEvents.onNetworkChange((online) => {
    if (online) void sync.online()
  })
  void sync.reconcile()
}
