import { act } from '@testing-library/react'
import { PageFooter } from '../../src/components/page-footer'
import { PENDING_SHOWN_AFTER_MS } from '../../src/hooks/use-sync'
import { zhCN } from '../../src/i18n/zh-cn'
import { mountPage } from '../support/render'

const t = zhCN.sync
const badge = () => document.querySelector('.sync-badge__text')?.textContent
const wait = (ms: number) => act(() => new Promise<void>((ok) => setTimeout(ok, ms)))

function Footer() {
  return <PageFooter current="notice" />
}

/** Every text the indicator shows, in order, while `run` goes on. */
async function shownDuring(run: () => Promise<void>) {
  const shown = [badge()]
  const observer = new MutationObserver(() => {
    if (badge() !== shown[shown.length - 1]) shown.push(badge())
  })
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  await run()
  observer.disconnect()
  return shown
}

describe('sync indicator (§10.1(d))', () => {
  it('§3.4 a choice the server takes at once leaves the indicator on "synced": no flicker', async () => {
    const { testUtils, store } = await mountPage(Footer)
    await testUtils.queries.waitForQuerySelector('.sync-badge__text')
    const shown = await shownDuring(async () => {
      act(() => store.getState().setSync({ phase: 'syncing', pending: 1 }))
      await wait(PENDING_SHOWN_AFTER_MS / 4)
      act(() => store.getState().setSync({ phase: 'synced', pending: 0 }))
      await wait(PENDING_SHOWN_AFTER_MS + 200)
    })
    expect(shown).toEqual([t.synced])
  })

  it('§3.4 a choice the server has not taken yet shows as pending once the wait runs out', async () => {
    const { testUtils, store } = await mountPage(Footer)
    await testUtils.queries.waitForQuerySelector('.sync-badge__text')
    act(() => store.getState().setSync({ phase: 'syncing', pending: 1 }))
    await wait(PENDING_SHOWN_AFTER_MS / 4)
    expect(badge()).toBe(t.synced)
    await wait(PENDING_SHOWN_AFTER_MS)
    expect(badge()).toBe(t.pending(1))
    act(() => store.getState().setSync({ phase: 'synced', pending: 0 }))
    await wait(50)
    expect(badge()).toBe(t.synced)
  })

  it('§3.4 offline and errors show at once, with the retry', async () => {
    const { testUtils, store } = await mountPage(Footer)
    await testUtils.queries.waitForQuerySelector('.sync-badge__text')
    act(() => store.getState().setSync({ phase: 'offline', pending: 1 }))
    await wait(50)
    expect(badge()).toBe(t.offline)
    act(() => store.getState().setSync({ phase: 'error', pending: 1, errorCode: 'x' }))
    await wait(50)
    expect(badge()).toBe(t.error)
    expect(document.querySelector('.sync-badge__retry')).not.toBeNull()
  })
})
