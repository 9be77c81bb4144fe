import { languages } from '../../src/catalogue/types'

describe('catalogue types', () => {
  it('§15.1 lists zh-CN first, because the Chinese version prevails', () => {
    expect(languages[0]).toBe('zh-CN')
  })
})
