import { act, waitFor } from '@testing-library/react'
import { choices } from '../../src/i18n/zh-cn/choices'
import Guardian from '../../src/packages/choices/pages/guardian/index'
import { isGranted, selectConsentState } from '../../src/store/selectors'
import { consentSetup } from '../support/consent-setup'
import { bornYearsAgo } from '../support/dates'
import { buildTestServices, mountPage, unmountAll } from '../support/render'
import { fakeBackend } from './rights-fake-backend'

// §12.2: 11 years old on whatever day the test runs.
const CHILD = bornYearsAgo(11)

const q = (selector: string) => document.querySelector(selector) as HTMLElement | null

async function typeInto(selector: string, value: string) {
  const el = await waitFor(() => {
    const found = document.querySelector(`${selector} input`) as HTMLInputElement | null
    if (!found) throw new Error(`no input in ${selector}`)
    return found
  })
  await act(async () => {
    el.value = value
    el.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

async function tap(selector: string) {
  await act(async () => (q(selector) as HTMLElement).click())
}

async function open(birthDate?: string) {
  const backend = fakeBackend({ phone: null })
  const base = consentSetup()
  const wired = buildTestServices({}, { transport: backend.transport })
  const setup = {
    ...base,
    ...wired,
    nav: base.nav,
    services: { ...wired.services, navigator: base.services.navigator },
  }
  setup.store.getState().decideNotice('accepted')
  if (birthDate) setup.store.getState().setBirthDate(birthDate)
  const mounted = await mountPage(Guardian, setup)
  await mounted.testUtils.queries.waitForQuerySelector('.guardian__title')
  return { ...mounted, backend, setup }
}

afterEach(unmountAll)

describe('minors and the guardian flow (§1.6, §12)', () => {
  it('§1.6 the date of birth is asked first; under 14 leads to the guardian flow', async () => {
    const { store } = await open()
    await typeInto('.guardian__birth-input', CHILD)
    await tap('.guardian__save-birth')
    await waitFor(() => expect(q('.guardian__verify')).not.toBeNull())
    expect(store.getState().birthDate).toBe(CHILD)
    expect(q('.guardian__status')?.textContent).toContain('未满14周岁')
  })

  it('§12.2 under 14, nothing optional can be granted until the guardian consents', async () => {
    const { store } = await open(CHILD)
    // The child taps "allow" somewhere (the consent center): recorded, but it does not count.
    store.getState().recordChoice({
      purposeIds: ['marketing-sms'],
      action: 'grant',
      source: 'consent-center',
    })
    const state = selectConsentState(store.getState())
    expect(state['marketing-sms']?.granted).toBe(false)
    expect(state['marketing-sms']?.status).toBe('needs-guardian')
    // Nor can the child give the guardian's consent.
    const r = store.getState().recordChoice({
      purposeIds: ['guardian-consent'],
      action: 'grant',
      source: 'guardian-flow',
    })
    expect(r.ok).toBe(false)
    expect(q('.guardian__purposes')).toBeNull()
  })

  it("§12.2 the guardian's phone is verified by SMS code and the consent is recorded as the guardian's", async () => {
    const { store, backend } = await open(CHILD)
    await typeInto('.guardian__phone', '13812345678')
    await tap('.guardian__send')
    await waitFor(() => expect(q('.guardian__sent')?.textContent).toContain('138****5678'))
    // §1.6: the code went to the guardian's phone; the child's profile phone is untouched.
    expect(backend.smsSentTo).toEqual(['13812345678'])
    expect(backend.phone).toBeNull()
    expect(backend.calls).not.toContain('PUT /v1/me/profile')
    // WCAG 4.1.2: each field is named by its visible label, not by its placeholder.
    const g = choices.guardian
    expect(q('.guardian__phone input')?.getAttribute('aria-label')).toBe(g.phoneLabel)
    // The code field appears after the send; Taro's H5 input renders its inner <input> a tick later.
    await waitFor(() =>
      expect(q('.guardian__code input')?.getAttribute('aria-label')).toBe(g.codeLabel),
    )
    await typeInto('.guardian__code', backend.code)
    await tap('.guardian__agree')
    await waitFor(() => expect(q('.guardian__granted')).not.toBeNull())
    const event = store.getState().ledger.find((e) => e.purposeId === 'guardian-consent')
    // §12.2: who gave it: the guardian, with the phone the code went to (masked).
    expect(event).toMatchObject({
      action: 'grant',
      actor: 'guardian',
      source: 'guardian-flow',
      guardianPhone: '138****5678',
    })
    expect(isGranted(store.getState(), 'guardian-consent')).toBe(true)
    // Now the guardian decides each optional purpose, recorded as the guardian's.
    await tap('.guardian__purpose--marketing-sms .consent-switch')
    await waitFor(() => expect(isGranted(store.getState(), 'marketing-sms')).toBe(true))
    expect(store.getState().ledger.at(-1)).toMatchObject({
      purposeId: 'marketing-sms',
      actor: 'guardian',
    })
  })

  it('§12.2 a malformed code is refused before anything is recorded', async () => {
    const { store } = await open(CHILD)
    await typeInto('.guardian__phone', '13812345678')
    await tap('.guardian__send')
    await waitFor(() => expect(q('.guardian__sent')).not.toBeNull())
    await typeInto('.guardian__code', '12')
    await tap('.guardian__agree')
    await waitFor(() => expect(q('.guardian__error')?.textContent).toContain('6位数字'))
    // Nothing but the notice (§1.5) is on the ledger: no guardian consent.
    expect(store.getState().ledger.filter((e) => e.source !== 'notice')).toHaveLength(0)
  })

  it('§12.1 14 or older needs no guardian', async () => {
    await open('2000-01-01')
    expect(q('.guardian__status')?.textContent).toContain('已年满14周岁')
    expect(q('.guardian__verify')).toBeNull()
  })
})
