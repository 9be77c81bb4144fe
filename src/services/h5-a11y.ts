/**
 * What Taro's H5 components leave out for screen readers and keyboards (WCAG
 * 4.1.2 and 2.1.1): Taro's H5 button (a <div class="taro-button-core">, see ./h5-components.tsx)
 * has no role and is not focusable, so VoiceOver/TalkBack read a button as plain text; tappable
 * views that declare a role (switch, link, checkbox, …) are not focusable either, and none
 * answers Enter or Space. WeChat's native components expose all this themselves, so this runs
 * on H5 only. It also keeps <html lang> on the language the user chose (WCAG 3.1.1), so a
 * screen reader reads English as English.
 */

const BUTTON = '.taro-button-core'
const FOCUSABLE_ROLES =
  '[role="switch"],[role="link"],[role="checkbox"],[role="radio"],[role="tab"],[role="button"]'

function fix(root: ParentNode) {
  root.querySelectorAll(BUTTON).forEach((el) => {
    if (!el.hasAttribute('role')) el.setAttribute('role', 'button')
    // React writes disabled="" on a disabled button and removes it once enabled.
    const disabled = el.hasAttribute('disabled')
    if (disabled) el.setAttribute('aria-disabled', 'true')
    else el.removeAttribute('aria-disabled')
    if (!el.hasAttribute('tabindex') || el.getAttribute('tabindex') === (disabled ? '0' : '-1')) {
      el.setAttribute('tabindex', disabled ? '-1' : '0')
    }
  })
  root.querySelectorAll(FOCUSABLE_ROLES).forEach((el) => {
    if (!el.matches(BUTTON) && !el.hasAttribute('tabindex')) {
      el.setAttribute('tabindex', '0')
    }
  })
}

/**
 * WCAG 2.1.1: what a native control does with the keyboard. Enter activates a focused button,
 * link or switch-like control; Space activates all but links. The element's own click handler
 * runs, as for a tap; a disabled button stays inert.
 */
function activateByKeyboard(e: KeyboardEvent) {
  if (e.key !== 'Enter' && e.key !== ' ') return
  const el = e.target instanceof Element ? e.target : null
  if (!el || !el.matches(`${BUTTON},${FOCUSABLE_ROLES}`)) return
  if (e.key === ' ' && el.getAttribute('role') === 'link') return
  if (el.getAttribute('aria-disabled') === 'true') return
  e.preventDefault()
  ;(el as HTMLElement).click()
}

/** Starts fixing the page's controls as they appear; no-op outside a browser. */
export function installH5Accessibility(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  let queued = false
  const run = () => {
    queued = false
    fix(document)
  }
  new MutationObserver(() => {
    if (queued) return
    queued = true
    // One pass per frame, however many nodes React added.
    requestAnimationFrame(run)
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'role'],
  })
  document.addEventListener('keydown', activateByKeyboard)
  run()
}

/** <html lang> follows the app's language (WCAG 3.1.1). */
export function setDocumentLanguage(lang: string): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  if (document.documentElement.lang !== lang) document.documentElement.lang = lang
}
