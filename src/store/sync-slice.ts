import type { StateCreator } from 'zustand'
import type { DeletedData } from '../contract/consents'
import type { AppState } from './app-state'

export type SyncPhase = 'synced' | 'syncing' | 'offline' | 'error'

/** What the quiet sync indicator shows; derived from the outbox, never persisted. */
export interface SyncSlice {
  sync: { phase: SyncPhase; pending: number; errorCode?: string }
  setSync(sync: SyncSlice['sync']): void
  /**
   * What the backend deleted when it acknowledged a withdrawal (§10.1(d), §8.2): the member
   * pages show it until the user dismisses it. Not persisted: it is a notice, not a record.
   */
  deletedByWithdrawal: readonly DeletedData[]
  noteDeleted(deleted: readonly DeletedData[]): void
  dismissDeleted(purposeIds: readonly string[]): void
}

export const createSyncSlice: StateCreator<AppState, [], [], SyncSlice> = (set, get) => ({
  sync: { phase: 'synced', pending: 0 },
  setSync: (sync) => set({ sync }),
  deletedByWithdrawal: [],
  noteDeleted: (deleted) => {
    if (deleted.length > 0) set({ deletedByWithdrawal: [...get().deletedByWithdrawal, ...deleted] })
  },
  dismissDeleted: (purposeIds) =>
    set({
      deletedByWithdrawal: get().deletedByWithdrawal.filter(
        (d) => !purposeIds.includes(d.purposeId),
      ),
    }),
})
