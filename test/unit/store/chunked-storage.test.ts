import { createMemoryStorage } from '../../../src/services/fakes/memory-storage'
import { CHUNK, createChunkedStorage } from '../../../src/store/chunked-storage'
import { persistKey } from '../../../src/store/persistence'
import { buildTestStore } from '../../support/store'

const channels = ['marketing-sms', 'marketing-email', 'marketing-phone', 'marketing-post']

/** Records `n` choices (the outbox keeps them all while offline). */
function record(store: ReturnType<typeof buildTestStore>['store'], n: number) {
  for (let i = 0; i < n; i += 1) {
    store.getState().recordChoice({
      purposeIds: [channels[i % channels.length]!],
      action: i % 2 ? 'withdraw' : 'grant',
      source: 'consent-center',
    })
  }
}

describe('the store on WeChat storage', () => {
  it('§8.2 a long offline outbox is spread over keys far below 1 MB each, and restored whole', () => {
    const first = buildTestStore()
    record(first.store, 1_000)
    const dump = first.storage.dump()
    const chunkKeys = Object.keys(dump).filter((k) => k.startsWith(`${persistKey}.ledger.`))
    expect(chunkKeys.length).toBe(Math.ceil(1_000 / CHUNK))
    for (const value of Object.values(dump)) expect(value.length).toBeLessThan(100 * 1024)
    const second = buildTestStore({ storage: first.storage })
    expect(second.store.getState().ledger).toEqual(first.store.getState().ledger)
    expect(second.store.getState().unsynced).toHaveLength(1_000)
  })

  it('§3.4 an app killed in the middle of a write keeps the previous state whole', () => {
    const { store, storage } = buildTestStore()
    record(store, 300)
    const before = store.getState().ledger
    // The next write dies after its first chunk: the main key is never rewritten.
    const realSet = storage.setItem
    let writes = 0
    storage.setItem = (k, v) => {
      writes += 1
      if (writes > 1) throw new Error('killed')
      realSet(k, v)
    }
    store
      .getState()
      .recordChoice({ purposeIds: ['marketing-sms'], action: 'withdraw', source: 'consent-center' })
    storage.setItem = realSet
    const restarted = buildTestStore({ storage })
    expect(restarted.store.getState().ledger).toEqual(before)
    expect(restarted.store.getState().storageIssue).toBeNull()
  })

  it('§8.2 a lost chunk means nothing granted, reported, and no crash', () => {
    const { store, storage } = buildTestStore()
    record(store, 10)
    const chunk = Object.keys(storage.dump()).find((k) => k.startsWith(`${persistKey}.ledger.`))!
    storage.removeItem(chunk)
    const restarted = buildTestStore({ storage })
    expect(restarted.store.getState().ledger).toEqual([])
    expect(restarted.store.getState().storageIssue).toBe('corrupted')
    expect(restarted.reports).toContain('storage-corrupted')
  })

  it('§8.2 a commit that lists a lost chunk sweeps nothing: the unlisted chunks may be the only copy', () => {
    const { store, storage } = buildTestStore()
    record(store, 3)
    const dump = storage.dump()
    const chunk = Object.keys(dump).find((k) => k.startsWith(`${persistKey}.ledger.`))!
    // Another writer's stale commit: the main key now lists a chunk that is gone.
    const main = JSON.parse(dump[persistKey]!) as { state: { ledgerKeys: string[] } }
    main.state.ledgerKeys = [`${persistKey}.ledger.gone`]
    storage.setItem(persistKey, JSON.stringify(main))
    const restarted = buildTestStore({ storage })
    expect(restarted.reports).toContain('storage-corrupted')
    expect(storage.dump()[chunk]).toBe(dump[chunk])
  })

  it('§8.2 chunks no longer listed are removed once the new state is committed', () => {
    const { store, storage } = buildTestStore()
    record(store, 250)
    store.getState().acknowledge(store.getState().unsynced)
    const keys = Object.keys(storage.dump()).filter((k) => k.startsWith(`${persistKey}.ledger.`))
    expect(keys).toHaveLength(1)
  })

  describe('orphan chunks left by a write cut short', () => {
    const chunkKeys = (storage: ReturnType<typeof createMemoryStorage>) =>
      Object.keys(storage.dump()).filter((k) => k.startsWith(`${persistKey}.ledger.`))
    const listedKeys = (storage: ReturnType<typeof createMemoryStorage>) =>
      (
        JSON.parse(storage.dump()[persistKey]!) as {
          state: { ledgerKeys: string[] }
        }
      ).state.ledgerKeys

    /** Runs `write` with setItem dying after `allowed` successful writes. */
    function killAfter(
      storage: ReturnType<typeof createMemoryStorage>,
      allowed: number,
      write: () => void,
    ) {
      const realSet = storage.setItem
      let writes = 0
      storage.setItem = (k, v) => {
        writes += 1
        if (writes > allowed) throw new Error('killed')
        realSet(k, v)
      }
      write()
      storage.setItem = realSet
    }

    it('§8.2 a chunk written but never committed is swept at the next start; the committed ones stay', () => {
      const { store, storage } = buildTestStore()
      record(store, 300)
      const committed = listedKeys(storage)
      expect(committed).toHaveLength(2)
      // Killed between the chunk write and the commit of the main key.
      killAfter(storage, 1, () =>
        store.getState().recordChoice({
          purposeIds: ['marketing-sms'],
          action: 'withdraw',
          source: 'consent-center',
        }),
      )
      const orphans = chunkKeys(storage).filter((k) => !committed.includes(k))
      expect(orphans).toHaveLength(1)

      const restarted = buildTestStore({ storage })
      expect(chunkKeys(storage).sort()).toEqual([...committed].sort())
      expect(restarted.store.getState().ledger).toHaveLength(300)
      expect(restarted.store.getState().storageIssue).toBeNull()
    })

    it('§8.2 killed at every write of a long history: after a restart every listed chunk is there and no other', () => {
      for (let allowed = 0; allowed <= 6; allowed += 1) {
        const { store, storage } = buildTestStore()
        record(store, 450)
        store.getState().acknowledge(store.getState().unsynced.slice(0, 200))
        const before = store.getState().ledger
        killAfter(storage, allowed, () => record(store, 5))
        const restarted = buildTestStore({ storage })
        const listed = listedKeys(storage)
        expect(chunkKeys(storage).sort()).toEqual([...listed].sort())
        const ledger = restarted.store.getState().ledger
        // Either the old state or a later committed one, never a torn one.
        expect(ledger.slice(0, before.length)).toEqual(before)
        expect(restarted.store.getState().storageIssue).toBeNull()
      }
    })

    it('§8.2 on a first start, chunks with no main key at all are swept; other keys are left alone', () => {
      const storage = createMemoryStorage({
        [`${persistKey}.ledger.abc`]: '[]',
        [`${persistKey}.ledger.def`]: '[]',
        'indigo.user-key': 'u-1',
      })
      const { store } = buildTestStore({ storage })
      expect(store.getState().ledger).toEqual([])
      expect(storage.dump()).toEqual({ 'indigo.user-key': 'u-1' })
    })

    it('§8.2 a main key that cannot be read sweeps nothing: its chunks may still be the record', () => {
      const { store, storage } = buildTestStore()
      record(store, 10)
      const before = storage.dump()
      const realGet = storage.getItem
      // The platform lists the main key but fails to read it (taroStorage reads that as null).
      storage.getItem = (k) => (k === persistKey ? null : realGet(k))
      buildTestStore({ storage })
      storage.getItem = realGet
      for (const key of chunkKeys(storage)) expect(storage.dump()[key]).toBe(before[key])
      expect(chunkKeys(storage)).toHaveLength(1)
      const restarted = buildTestStore({ storage })
      expect(restarted.store.getState().ledger).toHaveLength(10)
    })

    it('§8.2 a storage that cannot list its keys starts normally and removes nothing', () => {
      const storage = createMemoryStorage({ [`${persistKey}.ledger.orphan`]: '[]' })
      storage.keys = () => {
        throw new Error('no listing')
      }
      const reports: string[] = []
      const chunked = createChunkedStorage(storage, (issue) => reports.push(issue))
      expect(chunked.getItem(persistKey)).toBeNull()
      expect(storage.dump()).toEqual({ [`${persistKey}.ledger.orphan`]: '[]' })
      expect(reports).toEqual(['storage-sweep-failed'])
    })
  })
})
