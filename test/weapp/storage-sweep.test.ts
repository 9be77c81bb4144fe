import { persistKey } from '../../src/store/persistence'
import { memoryStorage, renderWeappPage, seedSavedState } from '../support/weapp-harness'

/**
 * The built app on WeChat's storage API: at launch it lists the keys (wx.getStorageInfoSync)
 * and removes ledger chunks that no commit lists, keeping the saved choices whole.
 */
describe('weapp output: saved state at launch', () => {
  it('§8.2 a chunk left by a write killed before its commit is swept at launch; the saved withdrawal stays', async () => {
    // A phone with saved choices: a grant, then its withdrawal (written by the same store code).
    seedSavedState((store) => {
      for (const action of ['grant', 'withdraw'] as const) {
        store
          .getState()
          .recordChoice({ purposeIds: ['marketing-sms'], action, source: 'consent-center' })
      }
    })
    const orphan = `${persistKey}.ledger.orphan-from-a-killed-write`
    memoryStorage.set(orphan, '[]')

    const { root } = await renderWeappPage('pages/index/index')
    expect(root.childElementCount).toBeGreaterThan(0)

    const main = JSON.parse(String(memoryStorage.get(persistKey))) as {
      state: { ledgerKeys: string[] }
    }
    const chunks = [...memoryStorage.keys()].filter((k) => k.startsWith(`${persistKey}.ledger.`))
    expect(chunks).not.toContain(orphan)
    expect(chunks.sort()).toEqual([...main.state.ledgerKeys].sort())
    const ledger = main.state.ledgerKeys.flatMap(
      (k) => JSON.parse(String(memoryStorage.get(k))) as { purposeId: string; action: string }[],
    )
    expect(ledger.map((e) => [e.purposeId, e.action])).toEqual([
      ['marketing-sms', 'grant'],
      ['marketing-sms', 'withdraw'],
    ])
  })
})
