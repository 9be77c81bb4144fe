import { navigations, renderWeappPage } from '../support/weapp-harness'

describe('weapp output: first start', () => {
  it('§1.5 the notice is the first screen: the start page opens it and shows nothing of its own', async () => {
    const { root } = await renderWeappPage('pages/index/index')
    expect(navigations).toEqual(['/pages/notice/index'])
    expect((root.textContent ?? '').trim()).toBe('')
    const notice = await renderWeappPage('pages/notice/index')
    expect(notice.root.textContent).toContain('以中文版本为准')
  })
})
