/**
 * WCAG 4.1.2 on H5: Taro's button (<div class="taro-button-core">) gets the button role and keyboard focus that a
 * native button has (WCAG 4.1.2, 2.1.1), a disabled one says so, tappable views with a role
 * become focusable, and <html lang> follows the app's language (WCAG 3.1.1).
 */
import { installH5Accessibility, setDocumentLanguage } from '../../src/services/h5-a11y'

/** Taro's H5 button as src/services/h5-components.tsx renders it. */
function taroButton(): HTMLElement {
  const el = document.createElement('div')
  el.className = 'taro-button-core taro-btn-default'
  return el
}
const frame = () => new Promise((ok) => requestAnimationFrame(() => ok(undefined)))
const flush = async () => {
  // The observer's callback runs after the mutation; the fix runs on the next frame.
  await Promise.resolve()
  await frame()
}

beforeAll(() => {
  process.env.TARO_ENV = 'h5'
  installH5Accessibility()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('H5 accessibility of Taro components', () => {
  it('WCAG 4.1.2 a Taro button added later is exposed as a focusable button', async () => {
    const button = taroButton()
    button.textContent = 'Agree'
    document.body.appendChild(button)
    await flush()
    expect(button.getAttribute('role')).toBe('button')
    expect(button.getAttribute('tabindex')).toBe('0')
    expect(button.hasAttribute('aria-disabled')).toBe(false)
  })

  it('WCAG 4.1.2 a disabled Taro button says so and leaves the tab order; enabled again, it returns', async () => {
    const button = taroButton()
    button.setAttribute('disabled', '')
    document.body.appendChild(button)
    await flush()
    expect(button.getAttribute('aria-disabled')).toBe('true')
    expect(button.getAttribute('tabindex')).toBe('-1')
    // React drops the attribute once the button is enabled again.
    button.removeAttribute('disabled')
    await flush()
    expect(button.hasAttribute('aria-disabled')).toBe(false)
    expect(button.getAttribute('tabindex')).toBe('0')
  })

  it('WCAG 2.1.1 a view with a switch role becomes focusable; an explicit role is kept', async () => {
    const view = document.createElement('div')
    view.setAttribute('role', 'switch')
    const link = taroButton()
    link.setAttribute('role', 'link')
    document.body.append(view, link)
    await flush()
    expect(view.getAttribute('tabindex')).toBe('0')
    expect(link.getAttribute('role')).toBe('link')
  })

  it('WCAG 2.1.1 Enter and Space activate a focused Taro button, Enter a link; a disabled button stays inert', async () => {
    const taps: string[] = []
    const button = taroButton()
    button.addEventListener('click', () => taps.push('button'))
    const link = document.createElement('div')
    link.setAttribute('role', 'link')
    link.addEventListener('click', () => taps.push('link'))
    const off = taroButton()
    off.setAttribute('disabled', '')
    off.addEventListener('click', () => taps.push('disabled'))
    document.body.append(button, link, off)
    await flush()
    const press = (el: Element, key: string) =>
      el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
    press(button, 'Enter')
    press(button, ' ')
    press(link, 'Enter')
    press(link, ' ')
    press(off, 'Enter')
    press(button, 'a')
    expect(taps).toEqual(['button', 'button', 'link'])
  })

  it('WCAG 3.1.1 <html lang> follows the language the user chose', () => {
    setDocumentLanguage('en')
    expect(document.documentElement.lang).toBe('en')
    setDocumentLanguage('zh-CN')
    expect(document.documentElement.lang).toBe('zh-CN')
  })
})
