import type { KeyValueStorage } from '../ports'

/**
 * In-memory storage for tests; `failReads` simulates a storage WeChat cannot read. Like the
 * browser's storage event, a change is announced later (a microtask), to every listener: two
 * stores on one memory storage behave as two H5 tabs.
 */
export function createMemoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  let failReads = false
  const listeners = new Set<(key: string | null) => void>()
  const announce = (key: string) =>
    queueMicrotask(() => {
      for (const listener of [...listeners]) listener(key)
    })
  const storage: KeyValueStorage & {
    dump(): Record<string, string>
    failReads(on: boolean): void
  } = {
    getItem: (key) => {
      if (failReads) throw new Error('storage unavailable')
      return data.get(key) ?? null
    },
    setItem: (key, value) => {
      data.set(key, value)
      if (listeners.size > 0) announce(key)
    },
    removeItem: (key) => {
      if (data.delete(key) && listeners.size > 0) announce(key)
    },
    keys: () => [...data.keys()],
    onExternalChange: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    dump: () => Object.fromEntries(data),
    failReads: (on) => {
      failReads = on
    },
  }
  return storage
}
