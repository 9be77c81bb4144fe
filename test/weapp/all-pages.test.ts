import { renderWeappPage, seedSavedState, weappRoutes } from '../support/weapp-harness'

// As a guest who declined the notice: on first start the start page itself shows nothing until
// the notice has been seen (first-start.test.ts).
beforeAll(() => seedSavedState((store) => store.getState().decideNotice('declined')))

describe('every page of the weapp output', () => {
  it.each(weappRoutes().map((r) => [r.route]))(
    '§1.5 %s renders through the real WXML with the notice reachable',
    async (route) => {
      const { root } = await renderWeappPage(route)
      // Real content, not an empty shell (pages opened without their query, such as a
      // request's detail without its id, explain what is missing instead).
      expect((root.textContent ?? '').trim().length).toBeGreaterThan(10)
    },
  )
})
