import type { StateCreator } from 'zustand'
import type { AppState } from './app-state'

export type SyncPhase = 'synced' | 'syncing' | 'offline' | 'error'

/** What the quiet sync indicator shows; derived from the outbox, never persisted. */
export interface SyncSlice {
  sync: { phase: SyncPhase; pending: number; errorCode?: string }
  setSync(sync: SyncSlice['sync']): void
}

export const createSyncSlice: StateCreator<AppState, [], [], SyncSlice> = (set) => ({
  sync: { phase: 'synced', pending: 0 },
  setSync: (sync) => set({ sync }),
})
