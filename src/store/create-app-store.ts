import { persist } from 'zustand/middleware'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Lang } from '../catalogue/types'
import type { KeyValueStorage } from '../services/ports'
import type { AppState } from './app-state'
import { createChunkedStorage } from './chunked-storage'
import { mergeCommits } from './commit-merge'
import { createAsksSlice } from './asks-slice'
import { type ConsentDeps, createConsentSlice } from './consent-slice'
import { createDraftsSlice } from './drafts-slice'
import { createLocaleSlice } from './locale-slice'
import {
  migratePersisted,
  pickPersisted,
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
  // §3.4 Another tab's commit is merged in, never replaced (commit-merge.ts). The store is
  // known before any write can reach these (hydrating writes nothing).
  const ref: { store?: StoreApi<AppState> } = {}
  const api = () => ref.store as StoreApi<AppState>
  const storage = createChunkedStorage(deps.storage, deps.report, {
    merge: (theirs, mine, base) =>
      mergeCommits(theirs, mine, base, pickPersisted(api().getInitialState())),
    adopt: ({ state, wiped }) => {
      // §10.1(c) wiped in the other tab: this one starts again as on first launch too.
      if (wiped) api().setState({ ...api().getInitialState(), ...state }, true)
      else api().setState(state)
    },
  })
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
        partialize: (s): PersistedState => pickPersisted(s),
        migrate: (persisted, version) => migratePersisted(persisted, version) as AppState,
        merge: (persisted, current) => {
          const { state, corrupted } = sanitizePersisted(persisted)
          if (corrupted) deps.report('storage-corrupted')
          return { ...current, ...state, storageIssue: corrupted ? 'corrupted' : null }
        },
      },
    ),
  )
  ref.store = store
  if (storage.unreadable) store.setState({ storageIssue: 'unreadable' })
  // The other tab's commit shows here without a reload (H5; WeChat runs one instance).
  deps.storage.onExternalChange?.((key) => {
    if (key === null || key === persistKey)
      storage.refresh(persistKey, pickPersisted(store.getState()), persistVersion)
  })
  return store
}

export type AppStore = ReturnType<typeof createAppStore>
