/**
 * Group commit: writes that arrive in the same turn of the event loop share one SQLite
 * transaction, so one fsync (synchronous = FULL) covers many requests. Nobody is answered
 * before the shared commit is on disk, so an acknowledged write is still durable. Each job runs
 * in its own savepoint (its function uses db.transaction), so one job's failure or 409 does
 * not undo the others.
 */
import type { Db } from '../db/open'

interface Job {
  readonly run: () => unknown
  readonly resolve: (v: unknown) => void
  readonly reject: (e: unknown) => void
}

export function createGroupCommit(db: Db, onAbort: () => void) {
  let queue: Job[] = []
  let scheduled = false

  function flush(): void {
    scheduled = false
    const jobs = queue
    queue = []
    let outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[]
    try {
      outcomes = db
        .transaction(() =>
          jobs.map((j) => {
            try {
              return { ok: true as const, value: j.run() }
            } catch (error) {
              return { ok: false as const, error }
            }
          }),
        )
        .immediate()
    } catch (error) {
      // The shared commit failed: nothing of the group is stored; in-memory caches must go.
      onAbort()
      for (const j of jobs) j.reject(error)
      return
    }
    jobs.forEach((j, i) => {
      const o = outcomes[i]
      if (o?.ok) j.resolve(o.value)
      else j.reject(o?.error)
    })
  }

  return function submit<T>(run: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ run, resolve: resolve as (v: unknown) => void, reject })
      if (!scheduled) {
        scheduled = true
        setImmediate(flush)
      }
    })
  }
}
export type GroupCommit = ReturnType<typeof createGroupCommit>
