import type { KeyValueStorage } from '../ports'

/** In-memory storage for tests; `failReads` simulates a storage WeChat cannot read. */
export function createMemoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  let failReads = false
  const storage: KeyValueStorage & {
    dump(): Record<string, string>
    failReads(on: boolean): void
  } = {
    getItem: (key) => {
      if (failReads) throw new Error('storage unavailable')
      return data.get(key) ?? null
    },
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
    keys: () => [...data.keys()],
    dump: () => Object.fromEntries(data),
    failReads: (on) => {
      failReads = on
    },
  }
  return storage
}
