import type { ConsentEvent } from '../../src/domain/consent-event'
import { createIdGenerator } from '../../src/domain/ids'
import { createMemoryStorage } from '../../src/services/fakes/memory-storage'
import { createAppStore } from '../../src/store/create-app-store'
import { storeDeps } from '../../src/store/store-deps'

let storesBuilt = 0

/** A fresh store on in-memory storage with a fixed clock and seeded ids. */
export function buildTestStore(
  opts: { storage?: ReturnType<typeof createMemoryStorage>; now?: () => number } = {},
) {
  // Each store gets its own deterministic id stream, like two real devices.
  let seed = (storesBuilt += 1) * 7919
  const random = () => {
    // mulberry32: deterministic ids per test
    seed = (seed + 0x6d2b79f5) | 0
    let t = seed
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const storage = opts.storage ?? createMemoryStorage()
  const reports: string[] = []
  const store = createAppStore({
    ...storeDeps({
      now: opts.now ?? (() => Date.UTC(2026, 10, 24, 8)),
      newId: createIdGenerator(random),
    }),
    storage,
    initialLang: 'zh-CN',
    report: (issue) => reports.push(issue),
  })
  return { store, storage, reports }
}

export function grantEvent(
  purposeId: string,
  at: number,
  extra: Partial<ConsentEvent> = {},
): ConsentEvent {
  return {
    eventId: `e-${purposeId}-${at}-${extra.action ?? 'grant'}`,
    purposeId,
    action: 'grant',
    policyVersion: 'test',
    at,
    source: 'consent-center',
    deviceId: 'device-test',
    actor: 'user',
    bulk: false,
    ...extra,
  }
}
