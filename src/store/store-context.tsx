import { createContext, type PropsWithChildren, useContext } from 'react'
import { useStore } from 'zustand'
import type { AppState } from './app-state'
import type { AppStore } from './create-app-store'

const StoreContext = createContext<AppStore | null>(null)

/** The app's one store, provided at the root (a fresh one per test). */
export function StoreProvider({ store, children }: PropsWithChildren<{ store: AppStore }>) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useAppStore outside StoreProvider')
  return store
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector)
}
