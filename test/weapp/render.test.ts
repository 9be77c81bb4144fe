import { renderWeappPage } from '../support/weapp-harness'

describe('weapp output', () => {
  it('renders the home page through Taro base.wxml', async () => {
    const { root } = await renderWeappPage('pages/index/index')
    expect(root.textContent).toContain('INDIGO')
  })
})
