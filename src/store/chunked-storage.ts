/**
 * The store's persistence: the ledger is spread over content-addressed keys of at most
 * CHUNK events each (WeChat allows 1 MB per key), and the main key, written last, lists them.
 * Writing the main key is the commit: an app killed half-way leaves the previous state whole,
 * because chunks are never overwritten, only added and, after the commit, removed.
 * A write cut short leaves chunks no commit lists; they are swept at the next start, and only
 * those: a chunk the committed main key lists is never removed.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import type { ConsentEvent } from '../domain/consent-event'
import { hashString } from '../domain/policy-version'
import type { KeyValueStorage } from '../services/ports'
import type { PersistedState } from './persistence'

/** About 300 bytes an event: a chunk stays near 60 KB. */
export const CHUNK = 200

type Stored = Omit<PersistedState, 'ledger'> & { ledger?: unknown; ledgerKeys?: string[] }

export function createChunkedStorage(
  kv: KeyValueStorage,
  report: (issue: string, error?: unknown) => void,
): PersistStorage<PersistedState> & { readonly unreadable: boolean } {
  /** Chunk keys the main key currently lists. */
  let listed = new Set<string>()
  let unreadable = false

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
        if (raw === null) {
          sweepOrphans(name, false)
          return null
        }
        const value = JSON.parse(raw) as StorageValue<Stored>
        const { ledgerKeys, ...state } = value.state
        if (Array.isArray(ledgerKeys)) {
          listed = new Set(ledgerKeys)
          const parts = ledgerKeys.map((key) => kv.getItem(key))
          // A listed chunk that is gone makes the ledger unusable: the sanitiser then reads
          // "nothing granted" and the server's copy restores it at the next reconciliation.
          const whole = parts.every((p) => p !== null)
          state.ledger = whole
            ? parts.flatMap((p) => JSON.parse(p as string) as ConsentEvent[])
            : 'missing-chunk'
          // A commit that lists a missing chunk is damaged: the chunks it does not list may be
          // the only copy of the ledger (§8.2), so nothing is swept.
          if (!whole) return { ...value, state: state as PersistedState }
        }
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
        const { ledger, ...rest } = value.state
        const keys: string[] = []
        for (let i = 0; i < ledger.length; i += CHUNK) {
          const json = JSON.stringify(ledger.slice(i, i + CHUNK))
          const key = `${name}.ledger.${hashString(json)}`
          if (!listed.has(key)) kv.setItem(key, json)
          keys.push(key)
        }
        kv.setItem(name, JSON.stringify({ ...value, state: { ...rest, ledgerKeys: keys } }))
        const now = new Set(keys)
        for (const key of listed) if (!now.has(key)) kv.removeItem(key)
        listed = now
      } catch (error) {
        // Full or failing storage: the state stays in memory and the server keeps the record.
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
