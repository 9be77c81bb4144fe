/**
 * The storage adapter on Taro's H5 storage (localStorage underneath, values wrapped as
 * {"data": ...}): the key listing the orphan sweep relies on, and the sweep end to end.
 */
import { taroStorage } from '../../src/services/storage'
import { createChunkedStorage } from '../../src/store/chunked-storage'
import { persistKey } from '../../src/store/persistence'

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
