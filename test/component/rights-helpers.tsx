/** Helpers for the rights component tests: open a page, type, tap, read. */
import { act, waitFor } from '@testing-library/react'
import type { ComponentType } from 'react'
import type { Services } from '../../src/services'
import type { Route } from '../../src/services/ports'
import { zhCN } from '../../src/i18n/zh-cn'
import { buildTestServices, mountPage } from '../support/render'
import { fakeBackend, type FakeBackend } from './rights-fake-backend'

export const q = (selector: string) => document.querySelector(selector) as HTMLElement | null
export const text = () => document.body.textContent ?? ''

export async function openPage(
  Page: ComponentType,
  params: Record<string, string>,
  opts: {
    backend?: FakeBackend
    setup?: ReturnType<typeof buildTestServices>
    accept?: boolean
    /** Platform fakes to use instead of the defaults (e.g. WeChat's subscribe dialog). */
    services?: Partial<Services>
  } = {},
) {
  const backend = opts.backend ?? fakeBackend()
  const routes: Route[] = []
  const setup =
    opts.setup ??
    buildTestServices(
      {
        navigator: {
          go: (r) => void routes.push(r),
          back: () => undefined,
          params: () => params,
        },
        ...opts.services,
      },
      { transport: backend.transport, baseUrl: 'http://fake.test' },
    )
  if (opts.accept !== false) setup.store.getState().decideNotice('accepted')
  const mounted = await mountPage(Page, setup)
  return { ...mounted, backend, routes }
}

/** Types into the input or textarea of a form field (what a WeChat IME commit does). */
export async function typeInto(field: string, value: string) {
  const selector = `[data-field="${field}"] input, [data-field="${field}"] textarea`
  // H5 components are web components that render their inner element a moment later.
  const el = await waitFor(() => {
    const found = document.querySelector(selector) as HTMLInputElement | null
    if (!found) throw new Error(`no input for ${field}`)
    return found
  })
  await act(async () => {
    el.value = value
    el.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

export function tap(el: Element | null) {
  if (!el) throw new Error('nothing to tap')
  act(() => (el as HTMLElement).click())
}

/** Taps the option with this value inside a field. */
export function choose(field: string, value: string) {
  tap(document.querySelector(`[data-field="${field}"] [data-value="${value}"]`))
}

export function button(label: string): HTMLElement {
  const b = Array.from(document.querySelectorAll('taro-button-core, button')).find(
    (e) => e.textContent?.trim() === label,
  )
  if (!b) throw new Error(`no button "${label}" in: ${text().slice(0, 400)}`)
  return b as HTMLElement
}

export const errorOf = (field: string) =>
  q(`[data-field="${field}"] .form-field__error`)?.textContent ?? null

export const until = (check: () => void) => waitFor(check)

/**
 * From a filled form: "next", then the SMS code sent to the member's phone (§10.3 identity
 * verification), ready for the code to be typed.
 */
export async function nextToCodeSent(page: Awaited<ReturnType<typeof openPage>>) {
  tap(button(zhCN.rightsForm.next))
  await page.testUtils.queries.waitForQuerySelector('.sms-verify')
  tap(button(zhCN.rightsVerify.send))
  await until(() => expect(text()).toContain(zhCN.rightsVerify.sentTo('138****5678')))
}
