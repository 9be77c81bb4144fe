import { act } from '@testing-library/react'
import Home from '../../src/pages/index/index'
import { policy } from '../../src/catalogue/policy'
import { mountPage } from '../support/render'

/**
 * The start page on first start, as the user finds it after backing out of the notice without
 * an answer (before that the notice is the first screen: notice.test.tsx).
 */
async function openHome() {
  const mounted = await mountPage(Home)
  act(() => mounted.store.getState().noticeClosed())
  return mounted
}

describe('home page', () => {
  it('§15.1 the app launches on its first page with the policy summary in Chinese first', async () => {
    const { testUtils } = await openHome()
    const title = await testUtils.queries.waitForQuerySelector('.home__title')
    expect(title?.textContent).toBe('隐私与同意')
    const items = document.querySelectorAll('.psl__item')
    expect(items).toHaveLength(policy.sections.length)
    expect(document.body.textContent).toContain('以中文版本为准')
    expect(document.body.textContent).toContain(policy.sections[0]?.summary['zh-CN'])
  })

  it('§1.5 nothing optional counts as granted on first start', async () => {
    const { testUtils } = await openHome()
    const card = await testUtils.queries.waitForQuerySelector('.home__card-text')
    expect(card?.textContent).toContain('未明确同意的用途一律视为不同意')
  })

  it('§15.1 switching the language re-renders in English and persists the choice', async () => {
    const { testUtils, store } = await openHome()
    await testUtils.queries.waitForQuerySelector('.language-switch')
    const button = document.querySelector('.language-switch') as HTMLElement
    testUtils.fireEvent.click(button)
    const title = await testUtils.queries.waitForQueryByText('Privacy and consent', '.home__title')
    expect(title).toBeTruthy()
    expect(document.body.textContent).toContain('the Chinese version prevails')
    expect(store.getState().lang).toBe('en')
    expect(store.getState().langChosen).toBe(true)
  })
})
