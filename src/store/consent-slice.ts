import type { StateCreator } from 'zustand'
import type {
  ConsentAction,
  ConsentActor,
  ConsentEvent,
  ConsentSource,
} from '../domain/consent-event'
import { NOTICE_PURPOSE_ID } from '../domain/consent-rules'
import { versionsAfterBuild, type PublishedPolicyVersion } from '../domain/policy-chain'
import type { AppState } from './app-state'

/** The user's answer to the privacy notice (§1.5): nothing personal is collected before it. */
export interface NoticeDecision {
  readonly decision: 'accepted' | 'declined'
  readonly policyVersion: string
  readonly at: number
}

export interface ChoiceInput {
  readonly purposeIds: readonly string[]
  readonly action: ConsentAction
  readonly source: ConsentSource
  readonly actor?: ConsentActor
  readonly bulk?: boolean
  /** §12.2: the guardian's verified phone, masked, recorded with the guardian's choice. */
  readonly guardianPhone?: string
}

export type ChoiceResult =
  | { ok: true; events: readonly ConsentEvent[] }
  | { ok: false; code: string; purposeIds: readonly string[] }

export interface ConsentSlice {
  deviceId: string
  /** Append-only: events are added, never edited or removed (the domain derives state). */
  ledger: ConsentEvent[]
  /**
   * Ids of ledger events the backend has not acknowledged yet: the outbox. Persisted with the
   * ledger in the same write, so a choice is on disk before it is sent and survives the app
   * being killed at any moment.
   */
  unsynced: string[]
  notice: NoticeDecision | null
  /**
   * §1.5: how many times the notice page has closed since the app started (not persisted). On
   * first start the start page shows nothing of its own until the notice it opened has closed.
   */
  noticeCloses: number
  /** Date of birth given at membership sign-up, for the under-14 rule (§1.6, §12). */
  birthDate: string | null
  /**
   * §14.1: policy versions the backend published after this build, oldest first (GET
   * /v1/policy). The last one is the version in force: new events carry it, and grants whose
   * purposes cite a paragraph it changed need re-consent. Empty: the build's own version.
   */
  newerPolicy: readonly PublishedPolicyVersion[]
  recordChoice(input: ChoiceInput): ChoiceResult
  decideNotice(decision: NoticeDecision['decision']): void
  noticeClosed(): void
  setBirthDate(birthDate: string | null): void
  /** §14.1: the backend's version history; keeps what is newer than this build. */
  applyServerPolicy(history: readonly PublishedPolicyVersion[]): void
  /** Adds events known elsewhere (the server, another device); duplicates are ignored. */
  mergeLedger(events: readonly ConsentEvent[]): void
  /** The backend stored these events: they leave the outbox and the ledger is compacted. */
  acknowledge(eventIds: readonly string[]): void
}

export interface ConsentDeps {
  readonly now: () => number
  readonly newId: () => string
  readonly policyVersion: string
  readonly makeEvents: (
    ledger: readonly ConsentEvent[],
    input: ChoiceInput,
    meta: { deviceId: string; policyVersion: string },
  ) => ChoiceResult
  readonly merge: (a: readonly ConsentEvent[], b: readonly ConsentEvent[]) => ConsentEvent[]
  readonly compact: (
    ledger: readonly ConsentEvent[],
    unacked: ReadonlySet<string>,
  ) => ConsentEvent[]
}

export const createConsentSlice =
  (deps: ConsentDeps): StateCreator<AppState, [], [], ConsentSlice> =>
  (set, get) => ({
    deviceId: deps.newId(),
    ledger: [],
    unsynced: [],
    notice: null,
    noticeCloses: 0,
    birthDate: null,
    newerPolicy: [],
    recordChoice(input) {
      const { ledger, deviceId } = get()
      const policyVersion = currentVersion(get().newerPolicy, deps.policyVersion)
      const result = deps.makeEvents(ledger, input, { deviceId, policyVersion })
      if (result.ok && result.events.length > 0) {
        set({
          ledger: [...ledger, ...result.events],
          unsynced: [...get().unsynced, ...result.events.map((e) => e.eventId)],
        })
      }
      return result
    },
    decideNotice(decision) {
      const policyVersion = currentVersion(get().newerPolicy, deps.policyVersion)
      set({ notice: { decision, policyVersion, at: deps.now() } })
      // §1.5, §14.1: the answer goes into the ledger with the version it was given under; it
      // leaves the device only once the notice is agreed to (the sync engine's rule).
      get().recordChoice({
        purposeIds: [NOTICE_PURPOSE_ID],
        action: decision === 'accepted' ? 'grant' : 'withdraw',
        source: 'notice',
      })
    },
    noticeClosed() {
      set({ noticeCloses: get().noticeCloses + 1 })
    },
    setBirthDate(birthDate) {
      set({ birthDate })
    },
    applyServerPolicy(history) {
      const newer = versionsAfterBuild(history, deps.policyVersion)
      // Unchanged: keep the same array so derived state stays memoised.
      if (JSON.stringify(newer) !== JSON.stringify(get().newerPolicy)) set({ newerPolicy: newer })
    },
    mergeLedger(events) {
      const { ledger, unsynced } = get()
      const merged = deps.merge(ledger, events)
      if (merged.length !== ledger.length) {
        set({ ledger: deps.compact(merged, new Set(unsynced)) })
      }
    },
    acknowledge(eventIds) {
      const done = new Set(eventIds)
      const unsynced = get().unsynced.filter((id) => !done.has(id))
      set({ unsynced, ledger: deps.compact(get().ledger, new Set(unsynced)) })
    },
  })

/** §14.1: the last version published after the build, else the build's own. */
function currentVersion(newer: readonly PublishedPolicyVersion[], built: string): string {
  return newer[newer.length - 1]?.version ?? built
}
