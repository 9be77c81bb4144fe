import {
  renderWeappPage,
  resetSetDataLog,
  seedSavedState,
  setDataLog,
  tapByClass,
} from '../support/weapp-harness'

// A returning guest (declined the notice); on first start the notice comes first
// (first-start.test.ts).
beforeAll(() => seedSavedState((store) => store.getState().decideNotice('declined')))

describe('weapp output (dist/weapp in miniprogram-simulate)', () => {
  it('§15.1 renders the home page through Taro base.wxml, Chinese first', async () => {
    const { root } = await renderWeappPage('pages/index/index')
    expect(root.querySelector('[class~="main--home__title"]')?.textContent).toBe('隐私与同意')
    expect(root.textContent).toContain('以中文版本为准')
    expect(root.querySelectorAll('[class~="main--psl__item"]')).toHaveLength(15)
  })

  it('§15.1 a tap on the language switch goes through WXML and setData', async () => {
    const { page, root } = await renderWeappPage('pages/index/index')
    resetSetDataLog()
    await tapByClass(page, root, 'language-switch')
    expect(root.querySelector('[class~="main--home__title"]')?.textContent).toBe(
      'Privacy and consent',
    )
    expect(setDataLog.length).toBeGreaterThan(0)
  })
})
