/**
 * The storage adapter on Taro's H5 storage (localStorage underneath, values wrapped as
 * {"data": ...}): the key listing the orphan sweep relies on, and the sweep end to end.
 */
import { taroStorage } from '../../src/services/storage'
import { createChunkedStorage } from '../../src/store/chunked-storage'
import { persistKey } from '../../src/store/persistence'
import { createIdGenerator } from '../../src/domain/ids'
import { createAppStore } from '../../src/store/create-app-store'
import { isGranted } from '../../src/store/selectors'
import { storeDeps } from '../../src/store/store-deps'

beforeEach(() => localStorage.clear())

describe('taroStorage', () => {
  it('§8.2 lists the keys it holds, so chunks no commit lists can be found', () => {
    taroStorage.setItem('a', '1')
    taroStorage.setItem('b', '2')
    expect(taroStorage.keys().sort()).toEqual(['a', 'b'])
    taroStorage.removeItem('a')
    expect(taroStorage.keys()).toEqual(['b'])
    expect(taroStorage.getItem('a')).toBeNull()
  })

  it('§8.2 a restart sweeps an uncommitted chunk from real storage and keeps the listed one', () => {
    const chunked = createChunkedStorage(taroStorage, () => undefined)
    const event = { eventId: 'e1', purposeId: 'marketing-sms', action: 'withdraw' }
    chunked.setItem(persistKey, {
      // Only the ledger matters to the chunking; the rest of the state is passed through.
      state: { ledger: [event] } as never,
      version: 1,
    })
    const [listed] = (
      JSON.parse(taroStorage.getItem(persistKey)!) as { state: { ledgerKeys: string[] } }
    ).state.ledgerKeys
    // What a write killed before its commit leaves behind.
    taroStorage.setItem(`${persistKey}.ledger.uncommitted`, '[]')
    taroStorage.setItem('indigo.user-key', 'u-1')

    const restarted = createChunkedStorage(taroStorage, () => undefined)
    const value = restarted.getItem(persistKey) as { state: { ledger: unknown[] } }
    expect(value.state.ledger).toEqual([event])
    expect(taroStorage.keys().sort()).toEqual([persistKey, listed, 'indigo.user-key'].sort())
  })
})

describe('taroStorage: another tab’s writes (H5 storage event)', () => {
  const env = process.env.TARO_ENV
  afterEach(() => {
    process.env.TARO_ENV = env
  })
  const announce = (key: string | null) =>
    window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }))

  it('§3.4 on H5 a write by another tab is announced with its key; unsubscribing stops it', () => {
    process.env.TARO_ENV = 'h5'
    const keys: Array<string | null> = []
    const stop = taroStorage.onExternalChange!((key) => keys.push(key))
    announce(persistKey)
    announce(null)
    // sessionStorage is per tab: not another tab's write.
    window.dispatchEvent(new StorageEvent('storage', { key: 'x', storageArea: sessionStorage }))
    stop()
    announce(persistKey)
    expect(keys).toEqual([persistKey, null])
  })

  it('§3.4 on WeChat (one instance) nothing is listened to', () => {
    process.env.TARO_ENV = 'weapp'
    const keys: Array<string | null> = []
    taroStorage.onExternalChange!((key) => keys.push(key))
    announce(persistKey)
    expect(keys).toEqual([])
  })

  it('§3.4 a withdrawal written by another tab reaches this tab’s store through the event', () => {
    process.env.TARO_ENV = 'h5'
    const deps = storeDeps({ now: () => Date.UTC(2026, 10, 24, 8), newId: createIdGenerator() })
    const tab = () =>
      createAppStore({ ...deps, storage: taroStorage, initialLang: 'zh-CN', report: () => {} })
    const a = tab()
    const b = tab()
    a.getState().recordChoice({
      purposeIds: ['marketing-sms'],
      action: 'grant',
      source: 'consent-center',
    })
    announce(persistKey)
    expect(isGranted(b.getState(), 'marketing-sms')).toBe(true)
    a.getState().recordChoice({
      purposeIds: ['marketing-sms'],
      action: 'withdraw',
      source: 'consent-center',
    })
    announce(persistKey)
    expect(isGranted(b.getState(), 'marketing-sms')).toBe(false)
    expect(b.getState().unsynced).toEqual(a.getState().unsynced)
  })
})
