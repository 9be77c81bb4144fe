import { waitFor } from '@testing-library/react'
import { currentPolicyVersion, policy } from '../../src/catalogue/policy'
import FullText from '../../src/packages/policy/pages/full-text/index'
import { consentSetup } from '../support/consent-setup'
import { mountPage } from '../support/render'

const item31g = policy.sections
  .find((s) => s.id === '3')
  ?.paragraphs.find((p) => p.id === '3.1')
  ?.items?.find((i) => i.id === '3.1(g)')

// jsdom has no scrolling: record what Taro's ScrollView asks to scroll into view.
const scrolled: string[] = []
beforeAll(() => {
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this.id)
  }
})

describe('full policy text (subpackage)', () => {
  it('§1.5 §15.1 every section with its numbers, the version and date, Chinese prevails', async () => {
    const { testUtils } = await mountPage(FullText, consentSetup())
    await testUtils.queries.waitForQuerySelector('.full-text__title')
    const text = document.body.textContent ?? ''
    expect(document.querySelectorAll('.full-text__section')).toHaveLength(
      policy.sections.length + 1, // + the business functions table
    )
    expect(text).toContain('3.1 ')
    expect(text).toContain(`(g) ${item31g?.text['zh-CN']}`)
    expect(text).toContain(currentPolicyVersion.version)
    expect(text).toContain('2023年6月')
    expect(text).toContain('以中文版本为准')
  })

  it('§3.1(g) opened for a clause, it marks that clause (and scrolls to it)', async () => {
    const { testUtils } = await mountPage(FullText, consentSetup({ params: { section: '3.1(g)' } }))
    await testUtils.queries.waitForQuerySelector('.full-text__title')
    await waitFor(() => expect(document.querySelector('.full-text__target')?.id).toBe('p-3-1-g'))
    expect(document.querySelector('.full-text__target')?.textContent).toContain(
      item31g?.text['zh-CN'],
    )
    await waitFor(() => expect(scrolled).toContain('p-3-1-g'))
  })

  it('§15.1 the full text in English too, still saying the Chinese version prevails', async () => {
    const setup = consentSetup()
    setup.store.getState().setLang('en')
    const { testUtils } = await mountPage(FullText, setup)
    await testUtils.queries.waitForQuerySelector('.full-text__title')
    const text = document.body.textContent ?? ''
    expect(text).toContain(`(g) ${item31g?.text.en}`)
    expect(text).toContain('the Chinese version prevails')
  })
})
