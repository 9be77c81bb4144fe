import type { AsksSlice } from './asks-slice'
import type { ConsentSlice } from './consent-slice'
import type { DraftsSlice } from './drafts-slice'
import type { LocaleSlice } from './locale-slice'
import type { SessionSlice } from './session-slice'
import type { SyncSlice } from './sync-slice'

/** Why saved state could not be used; the app then starts from "nothing granted". */
export type StorageIssue = 'unreadable' | 'corrupted'

export interface StorageSlice {
  storageIssue: StorageIssue | null
}

export type AppState = ConsentSlice &
  LocaleSlice &
  SessionSlice &
  SyncSlice &
  AsksSlice &
  DraftsSlice &
  StorageSlice
