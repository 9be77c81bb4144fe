/**
 * Accessibility audit of the page the user sees (WCAG 2.1 AA): axe-core's serious and
 * critical violations, every interactive control's role and accessible name (WCAG 4.1.2), and
 * its tap target of at least 44×44 CSS px (WCAG 2.5.5).
 *
 * Taro's H5 router keeps earlier pages in the DOM, hidden: the audit is scoped to the one
 * `.taro_page` that is displayed.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(
  resolve(__dirname, '../../../node_modules/axe-core/axe.min.js'),
  'utf8',
)

/** The smallest tap target, in CSS px (WCAG 2.5.5; WeChat's own guideline is the same 44 px). */
export const MIN_TARGET_PX = 44

export interface AxeFinding {
  readonly rule: string
  readonly impact: string
  readonly help: string
  readonly targets: readonly string[]
}

export interface ControlFinding {
  /** A short CSS path of the control plus its text, to find it in the code. */
  readonly control: string
  readonly problem: string
}

export interface A11yReport {
  /** axe-core violations of impact serious or critical. */
  readonly axe: readonly AxeFinding[]
  /** Controls without a role or without an accessible name (WCAG 4.1.2). */
  readonly unnamed: readonly ControlFinding[]
  /** Controls smaller than 44×44 CSS px (WCAG 2.5.5). */
  readonly small: readonly ControlFinding[]
  /** How many interactive controls were checked (a page with none proves nothing). */
  readonly controls: number
}

/**
 * Marks the displayed Taro page with data-a11y-scope, waiting until the page of `route` (e.g.
 * "pages/notice/index") is the one displayed when given.
 */
export async function waitForVisiblePage(
  page: Page,
  route?: string,
  timeout = 30000,
): Promise<void> {
  const marked = await page.waitForFunction(
    (want) => {
      const shown = Array.from(document.querySelectorAll('.taro_page')).filter(
        (el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0,
      )
      const current = shown[shown.length - 1]
      if (!current || (want && !current.id.startsWith(`/${want}`))) return false
      document
        .querySelectorAll('[data-a11y-scope]')
        .forEach((el) => el.removeAttribute('data-a11y-scope'))
      current.setAttribute('data-a11y-scope', '')
      return true
    },
    route ?? '',
    { timeout },
  )
  await marked.dispose()
}

/** Runs the three checks on the displayed page. */
export async function auditVisiblePage(page: Page, route?: string): Promise<A11yReport> {
  await waitForVisiblePage(page, route)
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: axeSource })
  }
  const axe = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(
          ctx: unknown,
          opts: unknown,
        ): Promise<{
          violations: {
            id: string
            impact: string | null
            help: string
            nodes: { target: unknown[] }[]
          }[]
        }>
      }
    }
    const scoped = await w.axe.run(
      { include: [['[data-a11y-scope]']] },
      { resultTypes: ['violations'] },
    )
    // The document-level rules (language, title, zoom) look at <html>, outside the page.
    const documentWide = await w.axe.run(document, {
      runOnly: ['html-has-lang', 'html-lang-valid', 'document-title', 'meta-viewport'],
      resultTypes: ['violations'],
    })
    return [...scoped.violations, ...documentWide.violations]
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }))
  })

  const controls = await page.evaluate((minPx) => {
    const w = window as unknown as {
      axe: {
        setup(node: Element): void
        teardown(): void
        commons: { text: { accessibleText(el: Element): string } }
      }
    }
    const scope = document.querySelector('[data-a11y-scope]')
    if (!scope) return { count: 0, unnamed: [], small: [] }
    const nativeSelector = [
      'button',
      'a[href]',
      'input:not([type="hidden"])',
      'textarea',
      'select',
      '.taro-button-core',
      'taro-switch-core',
      'taro-checkbox-core',
      'taro-radio-core',
      'taro-picker-core',
      'taro-navigator-core',
    ].join(',')
    const interactiveRoles = [
      'button',
      'link',
      'switch',
      'checkbox',
      'radio',
      'tab',
      'menuitem',
      'option',
      'textbox',
      'combobox',
    ]
    /** React keeps each element's props on it: an onClick there is a tap target. */
    const clickable = (el: Element): boolean => {
      const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'))
      const props = key ? (el as unknown as Record<string, { onClick?: unknown }>)[key] : undefined
      return typeof props?.onClick === 'function'
    }
    const shown = (el: Element): boolean => {
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0) return false
      if (el.closest('[aria-hidden="true"]')) return false
      const s = getComputedStyle(el)
      return s.visibility !== 'hidden' && s.display !== 'none'
    }
    const describe = (el: Element): string => {
      const cls = Array.from(el.classList)
        .filter((c) => !c.startsWith('hydrated'))
        .slice(0, 2)
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
      return `${el.tagName.toLowerCase()}${cls.length ? `.${cls.join('.')}` : ''} "${text}"`
    }
    const found = new Set<Element>()
    scope.querySelectorAll('*').forEach((el) => {
      const role = el.getAttribute('role') ?? ''
      if (el.matches(nativeSelector) || interactiveRoles.includes(role) || clickable(el)) {
        // Taro's <input> sits inside taro-input-core: the inner one is the control.
        found.add(el)
      }
    })
    // Taro's web components render native inner elements: the outer element is the control.
    for (const el of [...found]) {
      const outer = el.parentElement?.closest(
        '.taro-button-core,taro-switch-core,taro-checkbox-core',
      )
      if (outer && found.has(outer)) found.delete(el)
    }
    w.axe.setup(document.documentElement)
    const unnamed: { control: string; problem: string }[] = []
    const small: { control: string; problem: string }[] = []
    let count = 0
    for (const el of found) {
      if (!shown(el)) continue
      count += 1
      const role = el.getAttribute('role')
      const native = el.matches(
        'button,a[href],input,textarea,select,taro-navigator-core,taro-picker-core',
      )
      if (!native && !role) {
        unnamed.push({ control: describe(el), problem: 'no role (tappable but not exposed)' })
      }
      let name = ''
      try {
        name = w.axe.commons.text.accessibleText(el).trim()
      } catch {
        name = ''
      }
      if (!name && el.matches('input,textarea')) {
        name = (el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? '').trim()
      }
      if (!name) unnamed.push({ control: describe(el), problem: 'no accessible name' })
      const r = el.getBoundingClientRect()
      // An input's target is its whole field box.
      const box = el.matches('input,textarea')
        ? (el.closest('taro-input-core,taro-textarea-core') ?? el).getBoundingClientRect()
        : r
      if (box.width < minPx - 0.5 || box.height < minPx - 0.5) {
        small.push({
          control: describe(el),
          problem: `${Math.round(box.width)}×${Math.round(box.height)} px`,
        })
      }
    }
    w.axe.teardown()
    return { count, unnamed, small }
  }, MIN_TARGET_PX)

  return { axe, unnamed: controls.unnamed, small: controls.small, controls: controls.count }
}
