/**
 * Sends the outbox (ledger events the backend has not acknowledged) and reconciles with the
 * backend's ledger. Every consent change reaches the server eventually and exactly once in
 * effect (idempotent by event id); a withdrawal goes first and is never undone by an older
 * grant, because both sides derive state with the same rules (src/domain/ledger.ts).
 */
import type { ConsentEvent } from '../domain/consent-event'
import { classifyFailure, nextBatch, retryDelay } from '../domain/outbox'
import type { AppRoutes } from '../contract/routes-app'
import type { ApiClient, ApiError } from '../services/api/client'
import type { AppStore } from '../store/create-app-store'
import { selectAwaitingGuardian } from '../store/selectors'

export interface SyncEngineDeps {
  readonly store: AppStore
  readonly api: ApiClient<AppRoutes>
  readonly loginCode: () => Promise<string>
  readonly now: () => number
  readonly random: () => number
  readonly setTimer: (fn: () => void, ms: number) => () => void
}

/** A session is renewed a minute before it expires rather than failing mid-flush. */
const SESSION_MARGIN_MS = 60_000

export function createSyncEngine(deps: SyncEngineDeps) {
  const { store, api } = deps
  let running: Promise<void> | null = null
  let again = false
  let attempt = 0
  let cancelTimer: (() => void) | null = null
  /** The date of birth the backend has (undefined: not sent in this launch yet). */
  let sentBirthDate: string | null | undefined

  /**
   * What may leave the device now. §1.6, §12.2: for a child under 14 without the guardian's
   * separate consent, only the guardian's own choices are sent; the child's wait on the device.
   */
  const pendingEvents = (): ConsentEvent[] => {
    const state = store.getState()
    const ids = new Set(state.unsynced)
    const guardianOnly = selectAwaitingGuardian(state, deps.now())
    return state.ledger.filter(
      (e) => ids.has(e.eventId) && (!guardianOnly || e.actor === 'guardian'),
    )
  }

  const report = (phase: 'synced' | 'syncing' | 'offline' | 'error', errorCode?: string) => {
    const pending = store.getState().unsynced.length
    store.getState().setSync({
      phase: pending === 0 && phase !== 'error' ? 'synced' : phase,
      pending,
      ...(errorCode ? { errorCode } : {}),
    })
  }

  /** §1.5: nothing personal is sent before the notice was agreed to. */
  const mayCollect = () => store.getState().notice?.decision === 'accepted'

  async function ensureSession(): Promise<ApiError | null> {
    const session = store.getState().session
    if (session && session.expiresAt - SESSION_MARGIN_MS > deps.now()) return null
    let code: string
    try {
      code = await deps.loginCode()
    } catch (e) {
      return { kind: 'network', message: e instanceof Error ? e.message : 'login failed' }
    }
    const res = await api.call('login', { body: { code } })
    if (!res.ok) return res.error
    store.getState().setSession({ token: res.value.token, expiresAt: res.value.expiresAt })
    return null
  }

  function schedule(error: ApiError) {
    const delay = retryDelay(attempt, deps.random, {
      ...(error.retryAfterSeconds ? { retryAfterMs: error.retryAfterSeconds * 1000 } : {}),
    })
    attempt += 1
    cancelTimer?.()
    cancelTimer = deps.setTimer(() => {
      cancelTimer = null
      void flush()
    }, delay)
  }

  /** Handles a failed call: true when the caller should stop this round. */
  function fail(error: ApiError): true {
    if (error.status === 401) store.getState().clearSession()
    if (classifyFailure(error) === 'retry' || error.status === 401) {
      report(error.kind === 'network' ? 'offline' : 'error', error.code)
      schedule(error)
    } else {
      // Another 4xx fails the same way again: shown to the user, kept in the outbox.
      report('error', error.code ?? `http-${error.status ?? 0}`)
    }
    return true
  }

  async function round(): Promise<void> {
    if (!mayCollect()) return
    report('syncing')
    const sessionError = await ensureSession()
    if (sessionError) {
      fail(sessionError)
      return
    }
    // §1.6, §12: the backend applies the under-14 rule too, so it learns the date of birth
    // before any choice it would judge by it. A child's date of birth is the child's personal
    // information (sensitive under PIPL art. 28): it waits on the device with the child's
    // choices until the guardian's separate consent, then goes first.
    const { birthDate } = store.getState()
    if (birthDate !== sentBirthDate && !selectAwaitingGuardian(store.getState(), deps.now())) {
      const res = await api.call('updateProfile', { body: { birthDate } })
      if (!res.ok) {
        fail(res.error)
        return
      }
      sentBirthDate = birthDate
    }
    for (;;) {
      const batch = nextBatch(pendingEvents())
      if (batch.length === 0) break
      const res = await api.call('postConsentEvents', { body: { events: batch } })
      if (!res.ok) {
        fail(res.error)
        return
      }
      attempt = 0
      store.getState().acknowledge(res.value.results.map((r) => r.eventId))
      // §10.1(d): what a withdrawal deleted on the server (plates, receipt photos) is shown.
      store.getState().noteDeleted(res.value.deleted)
    }
    report('synced')
  }

  /** Sends what is pending; concurrent calls coalesce into one more round. */
  function flush(): Promise<void> {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        await round()
      } while (again)
    })().finally(() => {
      running = null
    })
    return running
  }

  /**
   * §14.1: the policy version the backend holds. A version published after this build makes
   * the grants citing what it changed need re-consent. Public and anonymous (no session): a
   * failure keeps what we knew, and the next start or show asks again.
   */
  async function refreshPolicy(): Promise<void> {
    const res = await api.call('getPolicy')
    if (res.ok) store.getState().applyServerPolicy(res.value.history)
  }

  /** Takes the server's ledger (other devices, opt-outs by SMS or link) and merges it. */
  async function reconcile(): Promise<void> {
    if (!mayCollect()) return
    await refreshPolicy()
    await flush()
    if (store.getState().unsynced.length > 0 || store.getState().session === null) return
    const res = await api.call('getConsents')
    if (!res.ok) {
      fail(res.error)
      return
    }
    store.getState().mergeLedger(res.value.ledger.map(toConsentEvent))
  }

  return {
    flush,
    reconcile,
    /**
     * A valid session for a feature that talks to the backend (rights, member data); refused
     * with `notice-not-accepted` before the notice was agreed to (§1.5).
     */
    async ensureSession(): Promise<ApiError | null> {
      if (!mayCollect()) {
        return {
          kind: 'http',
          status: 403,
          code: 'notice-not-accepted',
          message: 'notice not accepted',
        }
      }
      return ensureSession()
    },
    /** Network back: retry now rather than wait out the backoff. */
    online() {
      attempt = 0
      cancelTimer?.()
      cancelTimer = null
      return flush()
    },
    stop() {
      cancelTimer?.()
      cancelTimer = null
    },
  }
}

export type SyncEngine = ReturnType<typeof createSyncEngine>

function toConsentEvent(entry: ConsentEvent): ConsentEvent {
  return {
    eventId: entry.eventId,
    purposeId: entry.purposeId,
    action: entry.action,
    policyVersion: entry.policyVersion,
    at: entry.at,
    source: entry.source,
    deviceId: entry.deviceId,
    actor: entry.actor,
    bulk: entry.bulk,
    ...(entry.guardianPhone !== undefined ? { guardianPhone: entry.guardianPhone } : {}),
  }
}
