import { CHUNK } from '../../../src/store/chunked-storage'
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

  it('§8.2 chunks no longer listed are removed once the new state is committed', () => {
    const { store, storage } = buildTestStore()
    record(store, 250)
    store.getState().acknowledge(store.getState().unsynced)
    const keys = Object.keys(storage.dump()).filter((k) => k.startsWith(`${persistKey}.ledger.`))
    expect(keys).toHaveLength(1)
  })
})
