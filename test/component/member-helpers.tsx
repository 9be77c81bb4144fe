/** Shared set-up of the member component tests: fake backend, fakes, a recording navigator. */
import { act, waitFor } from '@testing-library/react'
import type { ComponentType } from 'react'
import type { WechatScope } from '../../src/catalogue/types'
import SeparateConsent from '../../src/packages/choices/pages/separate/index'
import { createFakeLocation } from '../../src/services/fakes/location'
import { createFakeMediaPicker } from '../../src/services/fakes/media'
import { createFakePermissionGate } from '../../src/services/fakes/permission-gate'
import { createFakePhoneBinding } from '../../src/services/fakes/phone'
import type { Route } from '../../src/services/ports'
import type { SubscribeMessages } from '../../src/services/subscribe-ports'
import { buildTestServices, mountPage } from '../support/render'
import { memberBackend, type MemberBackend } from './member-fake-backend'

export const q = (selector: string) => document.querySelector(selector) as HTMLElement | null
export const all = (selector: string) =>
  Array.from(document.querySelectorAll(selector)) as HTMLElement[]
export const text = () => document.body.textContent ?? ''

export function tap(el: Element | null) {
  if (!el) throw new Error(`nothing to tap in: ${text().slice(0, 300)}`)
  act(() => (el as HTMLElement).click())
}

export function button(label: string): HTMLElement {
  const b = all('taro-button-core, button').find((e) => e.textContent?.trim() === label)
  if (!b) throw new Error(`no button "${label}" in: ${text().slice(0, 500)}`)
  return b
}

export function memberSetup(
  opts: {
    backend?: MemberBackend
    answer?: (scope: WechatScope) => boolean
    deny?: boolean
    accept?: boolean
    locationFails?: boolean
    /** WeChat's subscribe dialog (§3.5); none: the app has no subscribe messages. */
    subscribe?: SubscribeMessages
  } = {},
) {
  const backend = opts.backend ?? memberBackend()
  const nav = { routes: [] as Route[], params: {} as Record<string, string> }
  const permissions = createFakePermissionGate(opts.answer)
  const media = createFakeMediaPicker()
  const location = createFakeLocation({ fail: opts.locationFails ?? false })
  const phone = createFakePhoneBinding({ deny: opts.deny ?? false })
  const setup = buildTestServices(
    {
      navigator: {
        go: (r) => void nav.routes.push(r),
        back: () => undefined,
        params: () => nav.params,
      },
      permissions,
      media,
      location,
      phone,
      ...(opts.subscribe ? { subscribe: opts.subscribe } : {}),
    },
    { transport: backend.transport, baseUrl: 'http://member.test' },
  )
  if (opts.accept !== false) setup.store.getState().decideNotice('accepted')
  return { ...setup, backend, nav, permissions, media, location }
}

export type MemberSetup = ReturnType<typeof memberSetup>

export async function open(Page: ComponentType, setup: MemberSetup) {
  return mountPage(Page, setup)
}

/**
 * Plays the user on the separate-consent screen the gate opened (§7.3): waits for the route,
 * mounts the real screen and taps agree or refuse there.
 */
export async function answerConsent(
  setup: MemberSetup,
  purposeId: string,
  choice: 'agree' | 'refuse',
) {
  await waitFor(() =>
    expect(setup.nav.routes).toContainEqual({ page: 'separate-consent', purpose: purposeId }),
  )
  setup.nav.params = { purpose: purposeId }
  const screen = await mountPage(SeparateConsent, setup)
  const b = await screen.testUtils.queries.waitForQuerySelector(`.separate-consent__${choice}`)
  act(() => screen.testUtils.fireEvent.click(b as HTMLElement))
  screen.testUtils.unmout()
}

/** A choice made in the consent center (not through the gate), as the user would there. */
export function decide(setup: MemberSetup, purposeId: string, action: 'grant' | 'withdraw') {
  act(() => {
    setup.store
      .getState()
      .recordChoice({ purposeIds: [purposeId], action, source: 'consent-center' })
  })
}

/** Types `value` into the receipt amount field (a web component: wait for its input). */
export async function typeAmount(value: string) {
  const input = await waitFor(() => {
    const el = document.querySelector('.receipts__input input, input.receipts__input')
    if (!el) throw new Error('no amount input')
    return el as HTMLInputElement
  })
  await act(async () => {
    input.value = value
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}
