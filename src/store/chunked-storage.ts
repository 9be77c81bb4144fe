/**
 * The store's persistence: the ledger is spread over content-addressed keys of at most
 * CHUNK events each (WeChat allows 1 MB per key), and the main key, written last, lists them.
 * Writing the main key is the commit: an app killed half-way leaves the previous state whole,
 * because chunks are never overwritten, only added and, after the commit, removed.
 * A write cut short leaves chunks no commit lists; they are swept at the next start, and only
 * those: a chunk the committed main key lists is never removed.
 * §3.4 Two H5 tabs share the storage: before a commit the writer checks the main key is still
 * the one it last read or wrote; if another instance committed since, it merges that commit
 * (commit-merge.ts) instead of replacing it, and `refresh` does the same when the other tab's
 * commit is announced (the H5 storage event).
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import type { ConsentEvent } from '../domain/consent-event'
import { hashString } from '../domain/policy-version'
import type { KeyValueStorage } from '../services/ports'
import type { CommitMerge } from './commit-merge'
import type { PersistedState } from './persistence'

/** About 300 bytes an event: a chunk stays near 60 KB. */
export const CHUNK = 200

type Stored = Omit<PersistedState, 'ledger'> & { ledger?: unknown; ledgerKeys?: string[] }

/** How a commit made by another instance is joined (see commit-merge.ts). */
export interface SharedCommits {
  /** `theirs` and `base` are stored states as read (base null: none read or written yet). */
  merge(theirs: unknown, mine: PersistedState, base: unknown): CommitMerge
  /** The merged state is the committed one now: the store takes it. */
  adopt(result: CommitMerge): void
}

export function createChunkedStorage(
  kv: KeyValueStorage,
  report: (issue: string, error?: unknown) => void,
  shared?: SharedCommits,
): PersistStorage<PersistedState> & {
  readonly unreadable: boolean
  /** Takes in another instance's commit, if there was one since this one last read or wrote. */
  refresh(name: string, mine: PersistedState, version: number): void
} {
  /** Chunk keys the main key currently lists. */
  let listed = new Set<string>()
  let unreadable = false
  /** The main key as this instance last read or wrote it, and the state it held. */
  let seen: { main: string | null; state: unknown } = { main: null, state: null }

  /** A commit's state with its ledger read from its chunks ('missing-chunk' when one is gone). */
  const readCommit = (raw: string) => {
    const value = JSON.parse(raw) as StorageValue<Stored>
    const { ledgerKeys, ...state } = value.state
    if (!Array.isArray(ledgerKeys)) return { value, state, keys: null, whole: true }
    const parts = ledgerKeys.map((key) => kv.getItem(key))
    // A listed chunk that is gone makes the ledger unusable: the sanitiser then reads
    // "nothing granted" and the server's copy restores it at the next reconciliation.
    const whole = parts.every((p) => p !== null)
    state.ledger = whole
      ? parts.flatMap((p) => JSON.parse(p as string) as ConsentEvent[])
      : 'missing-chunk'
    return { value, state, keys: ledgerKeys.filter((_, i) => parts[i] !== null), whole }
  }

  const serialize = (name: string, value: StorageValue<PersistedState>) => {
    const { ledger, ...rest } = value.state
    const chunks: Array<[string, string]> = []
    for (let i = 0; i < ledger.length; i += CHUNK) {
      const json = JSON.stringify(ledger.slice(i, i + CHUNK))
      chunks.push([`${name}.ledger.${hashString(json)}`, json])
    }
    const main = JSON.stringify({
      ...value,
      state: { ...rest, ledgerKeys: chunks.map(([k]) => k) },
    })
    return { main, chunks }
  }

  const commit = (
    name: string,
    value: StorageValue<PersistedState>,
    { main, chunks } = serialize(name, value),
  ) => {
    for (const [key, json] of chunks) if (!listed.has(key)) kv.setItem(key, json)
    kv.setItem(name, main)
    seen = { main, state: value.state }
    const now = new Set(chunks.map(([k]) => k))
    for (const key of listed) if (!now.has(key)) kv.removeItem(key)
    listed = now
  }

  /** Another instance committed `raw`: merge, write what it lacks, and hand the result over. */
  const join = (name: string, raw: string, mine: PersistedState, version: number) => {
    if (!shared) return false
    const theirs = readCommit(raw)
    const result = shared.merge(theirs.state, mine, seen.state)
    // What is on disk now: the other instance may have removed chunks this one listed. A
    // damaged commit's chunks are left alone, as at a start (§8.2).
    listed = new Set(theirs.whole ? (theirs.keys ?? []) : [])
    seen = { main: raw, state: theirs.state }
    if (result.write) commit(name, { state: result.state, version })
    shared.adopt(result)
    return true
  }

  /**
   * Removes `name`'s chunk keys that the committed main key (read just now into `listed`)
   * does not list. When the main key could not be read it sweeps nothing: a storage that
   * failed a read may list the chunks of a commit it could not show us.
   */
  const sweepOrphans = (name: string, mainRead: boolean) => {
    try {
      const prefix = `${name}.ledger.`
      const all = kv.keys()
      // A main key that is listed but read as missing is unreadable, not absent.
      if (!mainRead && all.includes(name)) return
      for (const key of all) if (key.startsWith(prefix) && !listed.has(key)) kv.removeItem(key)
    } catch (error) {
      report('storage-sweep-failed', error)
    }
  }

  return {
    get unreadable() {
      return unreadable
    },
    getItem(name) {
      try {
        const raw = kv.getItem(name)
        seen = { main: raw, state: null }
        if (raw === null) {
          sweepOrphans(name, false)
          return null
        }
        const { value, state, keys, whole } = readCommit(raw)
        seen = { main: raw, state }
        if (keys) listed = new Set(keys)
        // A commit that lists a missing chunk is damaged: the chunks it does not list may be
        // the only copy of the ledger (§8.2), so nothing is swept.
        if (!whole) return { ...value, state: state as PersistedState }
        sweepOrphans(name, true)
        return { ...value, state: state as PersistedState }
      } catch (error) {
        unreadable = true
        report('storage-unreadable', error)
        return null
      }
    },
    setItem(name, value) {
      try {
        const written = serialize(name, value)
        // Nothing persisted changed (a sync status, say): no write.
        if (written.main === seen.main) return
        const raw = shared ? kv.getItem(name) : seen.main
        if (raw !== null && raw !== seen.main && join(name, raw, value.state, value.version ?? 0))
          return
        commit(name, value, written)
      } catch (error) {
        // Full or failing storage: the state stays in memory and the server keeps the record.
        report('storage-write-failed', error)
      }
    },
    refresh(name, mine, version) {
      try {
        const raw = kv.getItem(name)
        if (raw !== null && raw !== seen.main) join(name, raw, mine, version)
      } catch (error) {
        report('storage-write-failed', error)
      }
    },
    removeItem(name) {
      for (const key of listed) kv.removeItem(key)
      listed = new Set()
      kv.removeItem(name)
    },
  }
}
