/**
 * What Taro's H5 web components leave out for screen readers and keyboards (issue 9 point 3,
 * WCAG 4.1.2 and 2.1.1): <taro-button-core> is a custom element without a role and not
 * focusable, so VoiceOver/TalkBack read a button as plain text; tappable views that declare a
 * role (switch, link, checkbox, …) are not focusable either. WeChat's native components
 * expose all this themselves, so this runs on H5 only. It also keeps <html lang> on the
 * language the user chose (WCAG 3.1.1), so a screen reader reads English as English.
 */

const FOCUSABLE_ROLES =
  '[role="switch"],[role="link"],[role="checkbox"],[role="radio"],[role="tab"],[role="button"]'

function fix(root: ParentNode) {
  root.querySelectorAll('taro-button-core').forEach((el) => {
    if (!el.hasAttribute('role')) el.setAttribute('role', 'button')
    // Taro writes disabled="false" for an enabled button (see sms-verify): only "true" or "" count.
    const attr = el.getAttribute('disabled')
    const disabled = attr !== null && attr !== 'false'
    if (disabled) el.setAttribute('aria-disabled', 'true')
    else el.removeAttribute('aria-disabled')
    if (!el.hasAttribute('tabindex') || el.getAttribute('tabindex') === (disabled ? '0' : '-1')) {
      el.setAttribute('tabindex', disabled ? '-1' : '0')
    }
  })
  root.querySelectorAll(FOCUSABLE_ROLES).forEach((el) => {
    if (el.tagName !== 'TARO-BUTTON-CORE' && !el.hasAttribute('tabindex')) {
      el.setAttribute('tabindex', '0')
    }
  })
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
  run()
}

/** <html lang> follows the app's language (WCAG 3.1.1). */
export function setDocumentLanguage(lang: string): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  if (document.documentElement.lang !== lang) document.documentElement.lang = lang
}
