import { zhCN } from '../../src/i18n/zh-cn'
import { en } from '../../src/i18n/en'
import { newDraft } from '../../src/domain/rights-form'
import { dueDateFields } from '../../src/domain/rights-request'
import RightsFormPage from '../../src/packages/rights/pages/form/index'
import { fakeBackend } from './rights-fake-backend'
import {
  button,
  choose,
  errorOf,
  openPage,
  q,
  tap,
  text,
  typeInto,
  until,
  nextToCodeSent,
} from './rights-helpers'

const v = zhCN.rightsVerify

/** Opens the §10.1(g) form, fills it and goes on to verification with a code sent. */
async function readyToVerify(backend = fakeBackend()) {
  const page = await openPage(RightsFormPage, { type: 'explain-rules' }, { backend })
  await typeInto('question', '你们如何使用我的位置信息？')
  await nextToCodeSent(page)
  return page
}

const creates = (calls: readonly string[]) =>
  calls.filter((c) => c === 'POST /v1/rights-requests').length

describe('§10.3 identity verification before submission', () => {
  it('§10.3 a code is sent to the member phone, and resending waits for the countdown', async () => {
    const { backend } = await readyToVerify()
    const resend = button(v.resendIn(60))
    expect(resend.getAttribute('disabled')).not.toBeNull()
    tap(resend)
    expect(backend.calls.filter((c) => c === 'POST /v1/verification/sms')).toHaveLength(1)
  })

  it('§10.3 the server’s resend cooldown (retry-after) shows as a countdown on the send button', async () => {
    const backend = fakeBackend({ resendWaitSeconds: 42 })
    const page = await openPage(RightsFormPage, { type: 'explain-rules' }, { backend })
    await typeInto('question', 'Why?')
    tap(button(zhCN.rightsForm.next))
    await page.testUtils.queries.waitForQuerySelector('.sms-verify')
    tap(button(v.send))
    await until(() => expect(text()).toContain('验证码已发送，请 42 秒后再重新获取。'))
    const counting = button(v.resendIn(42))
    expect(counting.getAttribute('disabled')).not.toBeNull()
    tap(counting)
    expect(backend.calls.filter((c) => c === 'POST /v1/verification/sms')).toHaveLength(1)
  })

  it('§10.3 a wrong code shows the server’s bilingual message with the attempts left', async () => {
    const { backend } = await readyToVerify()
    await typeInto('code', '000000')
    tap(button(zhCN.rightsForm.submit))
    await until(() => expect(errorOf('code')).toBe('验证码不正确，还可尝试 4 次。'))
    expect(creates(backend.calls)).toBe(0)
  })

  it('§10.3 a code that is not six digits is refused before it is sent', async () => {
    const { backend } = await readyToVerify()
    await typeInto('code', '12 34')
    tap(button(zhCN.rightsForm.submit))
    await until(() => expect(errorOf('code')).toBe(v.codeInvalid))
    expect(backend.calls).not.toContain('POST /v1/verification/verify')
  })

  it('§10.3 after five wrong codes the code is locked: a clear message, in English too', async () => {
    const { store } = await readyToVerify()
    for (let i = 0; i < 5; i += 1) {
      await typeInto('code', '000000')
      tap(button(zhCN.rightsForm.submit))
      await until(() => expect(errorOf('code')).toContain(`${4 - i}`))
    }
    await typeInto('code', '246810')
    tap(button(zhCN.rightsForm.submit))
    await until(() => expect(errorOf('code')).toBe(v.tooManyAttempts))
    store.getState().setLang('en')
    await until(() => expect(errorOf('code')).toBe(en.rightsVerify.tooManyAttempts))
  })

  it('§10.3 without a phone on file the member adds one (checked) and then gets the code', async () => {
    const backend = fakeBackend({ phone: null })
    const page = await openPage(RightsFormPage, { type: 'explain-rules' }, { backend })
    await typeInto('question', 'Why?')
    tap(button(zhCN.rightsForm.next))
    await page.testUtils.queries.waitForQuerySelector('.sms-verify')
    tap(button(v.send))
    await until(() => expect(text()).toContain(v.noPhone))
    await typeInto('phone', '1381234')
    tap(button(v.savePhone))
    await until(() => expect(errorOf('phone')).toBe(v.phoneErrors['phone-bad-length']))
    expect(backend.calls).not.toContain('PUT /v1/me/profile')
    await typeInto('phone', '13812345678')
    tap(button(v.savePhone))
    await until(() => expect(text()).toContain(v.sentTo('138****5678')))
    expect(backend.phone).toBe('13812345678')
  })

  it('§10.3 a double tap on submit creates one request', async () => {
    const { backend, routes, store } = await readyToVerify()
    backend.holdCreates()
    await typeInto('code', backend.code)
    const submit = button(zhCN.rightsForm.submit)
    tap(submit)
    tap(submit)
    await until(() => expect(backend.calls).toContain('POST /v1/rights-requests'))
    tap(q('.sms-verify__primary'))
    await backend.release()
    await until(() => expect(text()).toContain(zhCN.rightsDone.title))
    expect(creates(backend.calls)).toBe(1)
    expect(backend.requests).toHaveLength(1)
    expect(backend.calls.filter((c) => c === 'POST /v1/verification/verify')).toHaveLength(1)
    // The draft is done with; the confirmation leads to the request.
    expect(store.getState().drafts['explain-rules']).toBeUndefined()
    tap(button(zhCN.rightsDone.viewRequest))
    expect(routes).toContainEqual({ page: 'rights-request', id: backend.requests[0]?.id })
  })

  it('§10.3 an answer lost to the network: the retry with the draft’s key gets the same request, not another', async () => {
    const { backend, store } = await readyToVerify()
    const key = store.getState().drafts['explain-rules']?.clientKey
    backend.loseNextCreateAnswer()
    await typeInto('code', backend.code)
    tap(button(zhCN.rightsForm.submit))
    await until(() => expect(text()).toContain(zhCN.rightsDone.title))
    // Sent twice with the same key; the backend answered the request it had already made.
    expect(creates(backend.calls)).toBe(2)
    expect(backend.requests).toHaveLength(1)
    expect(backend.createBodies).toHaveLength(1)
    expect(backend.createBodies[0]?.['idempotencyKey']).toBe(key)
    expect(store.getState().drafts['explain-rules']).toBeUndefined()
  })

  it('§10.3 the create carries the idempotency key made once for the draft (the one its persisted draft keeps)', async () => {
    const { backend, store } = await readyToVerify()
    const key = store.getState().drafts['explain-rules']?.clientKey
    expect(key).toMatch(/^[0-9a-f-]{36}$/)
    await typeInto('code', backend.code)
    tap(button(zhCN.rightsForm.submit))
    await until(() => expect(text()).toContain(zhCN.rightsDone.title))
    expect(backend.createBodies[0]?.['idempotencyKey']).toBe(key)
  })

  it('§10.3 killed while sending: reopening the form shows the request made, nothing is sent again', async () => {
    const backend = fakeBackend()
    backend.requests.push({
      id: 'r-before',
      type: 'explain-rules',
      onBehalfOf: 'self',
      details: { question: 'Sent before the kill' },
      status: 'verified',
      history: [{ status: 'submitted', at: Date.now() }],
      submittedAt: Date.now(),
      ...dueDateFields(Date.now()),
    })
    const setup = (await import('../support/render')).buildTestServices(
      {
        navigator: {
          go: () => undefined,
          back: () => undefined,
          params: () => ({ type: 'explain-rules' }),
        },
      },
      { transport: backend.transport, baseUrl: 'http://fake.test' },
    )
    setup.store.getState().saveDraft({
      ...newDraft('explain-rules', 'key-killed-1', Date.now() - 1000),
      details: { question: 'Sent before the kill' },
      sendingSince: Date.now() - 1000,
    })
    await openPage(RightsFormPage, {}, { backend, setup })
    await until(() => expect(text()).toContain(zhCN.rightsDone.title))
    expect(creates(backend.calls)).toBe(0)
    expect(setup.store.getState().drafts['explain-rules']).toBeUndefined()
  })

  it('§10.3 a draft changed after a send that got no answer gets a new key (the old one may name a request)', async () => {
    const backend = fakeBackend()
    const setup = (await import('../support/render')).buildTestServices(
      {
        navigator: {
          go: () => undefined,
          back: () => undefined,
          params: () => ({ type: 'explain-rules' }),
        },
      },
      { transport: backend.transport, baseUrl: 'http://fake.test' },
    )
    setup.store.getState().saveDraft({
      ...newDraft('explain-rules', 'key-unclear-1', Date.now() - 1000),
      details: { question: 'First wording' },
      sendingSince: Date.now() - 1000,
    })
    await openPage(RightsFormPage, {}, { backend, setup })
    await typeInto('question', 'Second wording')
    const draft = setup.store.getState().drafts['explain-rules']
    expect(draft?.details['question']).toBe('Second wording')
    expect(draft?.sendingSince).toBeUndefined()
    expect(draft?.clientKey).not.toBe('key-unclear-1')
    // An edit of a draft never sent keeps its key.
    await typeInto('question', 'Third wording')
    expect(setup.store.getState().drafts['explain-rules']?.clientKey).toBe(draft?.clientKey)
  })

  it('§10.1(c) deregistration: consequences, confirmation, verification, then the device is wiped', async () => {
    const backend = fakeBackend()
    const page = await openPage(
      RightsFormPage,
      { type: 'delete-deregister', scope: 'account' },
      { backend },
    )
    const { store, storage, routes } = page
    store.getState().setSession({ token: 'session-1', expiresAt: Date.now() + 3600_000 })
    store.getState().setBirthDate('1990-05-01')
    // What Taro's H5 clipboard keeps after the export was copied by hand.
    storage.setItem('taro_clipboard', '{"profile":{"phone":"13812345678"}}')
    await page.testUtils.queries.waitForQuerySelector('.rights-form__consequences')
    for (const c of zhCN.rightsForm.consequences) expect(text()).toContain(c)
    choose('ground', 'consent-withdrawn')
    tap(button(zhCN.rightsForm.next))
    await until(() => expect(errorOf('confirmed')).toBe(zhCN.rightsForm.errors['confirm-required']))
    expect(q('.sms-verify')).toBeNull()
    choose('confirmed', 'yes')
    await nextToCodeSent(page)
    await typeInto('code', backend.code)
    tap(button(zhCN.rightsForm.submit))
    await until(() => expect(text()).toContain(zhCN.rightsDone.deregisteredTitle))
    expect(backend.requests[0]).toMatchObject({
      type: 'delete-deregister',
      details: { scope: 'account', ground: 'consent-withdrawn' },
    })
    // The session ended on the server and nothing personal is left on the device.
    expect(backend.calls).toContain('POST /v1/auth/logout')
    const s = store.getState()
    expect([s.notice, s.session, s.birthDate]).toEqual([null, null, null])
    expect(s.drafts).toEqual({})
    const saved = storage.getItem('indigo.app') ?? ''
    expect(saved).not.toContain('1990-05-01')
    expect(saved).not.toContain('session-1')
    expect(storage.getItem('taro_clipboard')).toBeNull()
    tap(button(zhCN.rightsDone.backHome))
    expect(routes).toContainEqual({ page: 'home' })
  })
})
