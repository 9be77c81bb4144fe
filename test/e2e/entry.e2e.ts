import { appUrl } from './support/browser'

/**
 * LCP budget (bench/): the scripts the H5 index.html loads before the first screen hold no
 * web-component runtime. View, Text and Button are plain React components there
 * (src/services/h5-components.tsx); Taro's web components (Stencil custom elements) load with
 * the pages that use them. Once, a re-export kept every web component in the entry.
 */
describe('H5 entry scripts', () => {
  it('LCP budget: the first screen loads no web-component runtime and no Taro web component', async () => {
    const html = await (await fetch(`${appUrl()}/`)).text()
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(scripts.length).toBeGreaterThan(0)
    for (const src of scripts) {
      const js = await (await fetch(new URL(src, `${appUrl()}/`))).text()
      // Stencil's runtime, and the custom elements its components define.
      expect({ src, stencil: js.includes('registerHost') }).toEqual({ src, stencil: false })
      expect({ src, defines: js.includes('customElements.define') }).toEqual({
        src,
        defines: false,
      })
    }
  })
})
