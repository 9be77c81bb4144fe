import type { StateCreator } from 'zustand'
import type { AppState } from './app-state'

/** The backend's own opaque session token; no openid or session_key ever reaches the app. */
export interface Session {
  readonly token: string
  readonly expiresAt: number
}

export interface SessionSlice {
  session: Session | null
  setSession(session: Session): void
  clearSession(): void
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  session: null,
  setSession: (session) => set({ session }),
  clearSession: () => set({ session: null }),
})
