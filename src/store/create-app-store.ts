import { persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import type { Lang } from '../catalogue/types'
import type { KeyValueStorage } from '../services/ports'
import type { AppState } from './app-state'
import { createChunkedStorage } from './chunked-storage'
import { createAsksSlice } from './asks-slice'
import { type ConsentDeps, createConsentSlice } from './consent-slice'
import { createDraftsSlice } from './drafts-slice'
import { createLocaleSlice } from './locale-slice'
import {
  migratePersisted,
  type PersistedState,
  persistKey,
  persistVersion,
  sanitizePersisted,
} from './persistence'
import { createSessionSlice } from './session-slice'
import { createSyncSlice } from './sync-slice'

export interface AppStoreDeps extends ConsentDeps {
  readonly storage: KeyValueStorage
  readonly initialLang: Lang
  /** Told when saved state could not be read; the app still starts. */
  readonly report: (issue: string, error?: unknown) => void
}

/** A fresh store per app launch, and per test. */
export function createAppStore(deps: AppStoreDeps) {
  const storage = createChunkedStorage(deps.storage, deps.report)
  const store = createStore<AppState>()(
    persist(
      (...a) => ({
        ...createConsentSlice(deps)(...a),
        ...createLocaleSlice(deps.initialLang)(...a),
        ...createSessionSlice(...a),
        ...createSyncSlice(...a),
        ...createAsksSlice(deps.now)(...a),
        ...createDraftsSlice(deps.newId)(...a),
        storageIssue: null,
      }),
      {
        name: persistKey,
        version: persistVersion,
        storage,
        partialize: (s): PersistedState => ({
          deviceId: s.deviceId,
          ledger: s.ledger,
          unsynced: s.unsynced,
          notice: s.notice,
          birthDate: s.birthDate,
          newerPolicy: s.newerPolicy,
          lang: s.lang,
          langChosen: s.langChosen,
          session: s.session,
          refusals: s.refusals,
          drafts: s.drafts,
        }),
        migrate: (persisted, version) => migratePersisted(persisted, version) as AppState,
        merge: (persisted, current) => {
          const { state, corrupted } = sanitizePersisted(persisted)
          if (corrupted) deps.report('storage-corrupted')
          return { ...current, ...state, storageIssue: corrupted ? 'corrupted' : null }
        },
      },
    ),
  )
  if (storage.unreadable) store.setState({ storageIssue: 'unreadable' })
  return store
}

export type AppStore = ReturnType<typeof createAppStore>
