/**
 * §3.5 service notices by WeChat subscribe message, asked from the user's own tap where the event
 * starts (the rights request's submit, the receipt's upload), never blocking it; the answers go
 * to the backend with the request's or receipt's id once it exists.
 */
import { act, waitFor } from '@testing-library/react'
import { serviceNoticeByKey } from '../../src/catalogue/subscribe-templates'
import { zhCN } from '../../src/i18n/zh-cn'
import RightsFormPage from '../../src/packages/rights/pages/form/index'
import ReceiptsPage from '../../src/packages/member/pages/receipts/index'
import type { SubscribeAnswer } from '../../src/services/subscribe-ports'
import { createFakeSubscribeMessages } from '../../src/services/fakes/subscribe'
import { unmountAll } from '../support/render'
import {
  decide,
  memberSetup,
  open,
  q as mq,
  tap as mtap,
  text as mtext,
  typeAmount,
} from './member-helpers'
import { fakeBackend } from './rights-fake-backend'
import {
  button,
  choose,
  openPage,
  tap,
  text,
  typeInto,
  until,
  nextToCodeSent,
} from './rights-helpers'

const PROGRESS = serviceNoticeByKey['rights-progress'].templateId
const RESULT = serviceNoticeByKey['rights-result'].templateId
const REVIEW = serviceNoticeByKey['receipt-review'].templateId

afterEach(unmountAll)

/** Lets every answer the app would still send reach the fake backend. */
const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 50)))

/** The §10.1(g) form filled in and a code sent, with WeChat's dialog played by `subscribe`. */
async function readyToSubmit(subscribe: ReturnType<typeof createFakeSubscribeMessages>) {
  const backend = fakeBackend()
  const page = await openPage(
    RightsFormPage,
    { type: 'explain-rules' },
    { backend, services: { subscribe } },
  )
  await typeInto('question', '你们如何使用我的位置信息？')
  await nextToCodeSent(page)
  // Opening the form and sending the code are not the submit: WeChat's dialog has not opened.
  expect(subscribe.shown).toEqual([])
  await typeInto('code', backend.code)
  return { ...page, backend }
}

describe('§3.5 a rights request asks for its progress and result notices from the submit tap', () => {
  it('§10.1 §3.5 the dialog opens inside the submit tap (before anything is awaited); accepted answers are recorded with the new request', async () => {
    const subscribe = createFakeSubscribeMessages({ answer: 'accept' })
    const { backend } = await readyToSubmit(subscribe)
    tap(button(zhCN.rightsForm.submit))
    // Synchronously, as WeChat requires: no verify or create has been answered yet.
    expect(subscribe.shown).toEqual([[PROGRESS, RESULT]])
    expect(backend.requests).toHaveLength(0)
    await until(() => expect(text()).toContain(zhCN.rightsDone.title))
    await until(() => expect(backend.subscriptions).toHaveLength(2))
    const id = backend.requests[0]?.id
    expect(backend.subscriptions).toEqual([
      expect.objectContaining({
        templateId: PROGRESS,
        answer: 'accept',
        context: { requestId: id },
      }),
      expect.objectContaining({ templateId: RESULT, answer: 'accept', context: { requestId: id } }),
    ])
  })

  it.each<[SubscribeAnswer, number]>([
    ['reject', 2],
    ['ban', 2],
    ['failed', 0],
  ])(
    '§3.5 a %s answer never stops the request: it is sent, and only real answers are recorded (%i)',
    async (answer, recorded) => {
      const subscribe = createFakeSubscribeMessages({ answer })
      const { backend } = await readyToSubmit(subscribe)
      tap(button(zhCN.rightsForm.submit))
      await until(() => expect(text()).toContain(zhCN.rightsDone.title))
      expect(backend.requests).toHaveLength(1)
      expect(subscribe.shown).toHaveLength(1)
      await settle()
      expect(backend.subscriptions).toHaveLength(recorded)
      for (const s of backend.subscriptions) expect(s['answer']).toBe(answer)
    },
  )

  it('§3.5 the request does not wait for the dialog: sent while it is still open, the answer recorded after', async () => {
    const subscribe = createFakeSubscribeMessages({ answer: 'accept', held: true })
    const { backend } = await readyToSubmit(subscribe)
    tap(button(zhCN.rightsForm.submit))
    await until(() => expect(text()).toContain(zhCN.rightsDone.title))
    expect(backend.requests).toHaveLength(1)
    expect(backend.subscriptions).toEqual([])
    act(() => subscribe.answerNow())
    await until(() => expect(backend.subscriptions).toHaveLength(2))
    expect(backend.subscriptions[0]?.['context']).toEqual({ requestId: backend.requests[0]?.id })
  })

  it('§10.3 §3.5 a wrong code and a second tap: WeChat’s dialog opened once', async () => {
    const subscribe = createFakeSubscribeMessages({ answer: 'accept' })
    const { backend } = await readyToSubmit(subscribe)
    await typeInto('code', '000000')
    tap(button(zhCN.rightsForm.submit))
    await until(() => expect(text()).toContain('验证码不正确'))
    await typeInto('code', backend.code)
    tap(button(zhCN.rightsForm.submit))
    await until(() => expect(text()).toContain(zhCN.rightsDone.title))
    expect(subscribe.shown).toHaveLength(1)
    await until(() => expect(backend.subscriptions).toHaveLength(2))
  })

  it('§10.1(c) §3.5 closing one’s own account asks for no notice: no one is left to notify', async () => {
    const subscribe = createFakeSubscribeMessages({ answer: 'accept' })
    const backend = fakeBackend()
    const page = await openPage(
      RightsFormPage,
      { type: 'delete-deregister', scope: 'account' },
      { backend, services: { subscribe } },
    )
    await page.testUtils.queries.waitForQuerySelector('.rights-form__consequences')
    choose('ground', 'consent-withdrawn')
    choose('confirmed', 'yes')
    await nextToCodeSent(page)
    await typeInto('code', backend.code)
    tap(button(zhCN.rightsForm.submit))
    await until(() => expect(text()).toContain(zhCN.rightsDone.deregisteredTitle))
    await settle()
    expect(subscribe.shown).toEqual([])
    expect(backend.subscriptions).toEqual([])
  })
})

async function receiptsWith(answer: SubscribeAnswer, keep = false) {
  const subscribe = createFakeSubscribeMessages({ answer, keep })
  const s = memberSetup({ subscribe })
  decide(s, 'receipt-photos', 'grant')
  await open(ReceiptsPage, s)
  await typeAmount('128.50')
  return { s, subscribe }
}

describe('§3.5 §3.1(m) a receipt upload asks for its review notice from the upload tap', () => {
  it('§3.1(m) §3.5 the dialog opens inside the tap, the photo is picked after it; an accept is recorded with the receipt', async () => {
    const { s, subscribe } = await receiptsWith('accept')
    mtap(await waitFor(() => mq('.receipts__album')))
    expect(subscribe.shown).toEqual([[REVIEW]])
    expect(s.media.chosen).toEqual([])
    await waitFor(() => expect(mtext()).toContain('上传成功'))
    expect(s.media.chosen).toEqual(['album'])
    await waitFor(() => expect(s.backend.subscriptions).toHaveLength(1))
    expect(s.backend.subscriptions[0]).toMatchObject({
      templateId: REVIEW,
      answer: 'accept',
      context: { receiptId: s.backend.receipts[0]?.id },
    })
    expect(s.backend.subscriptions[0]?.['key']).toMatch(/^sn-/)
  })

  it.each<[SubscribeAnswer, number]>([
    ['reject', 1],
    ['failed', 0],
  ])(
    '§3.5 a %s answer never stops the upload: the receipt lands pending (%i recorded)',
    async (answer, recorded) => {
      const { s, subscribe } = await receiptsWith(answer)
      mtap(await waitFor(() => mq('.receipts__album')))
      await waitFor(() => expect(mtext()).toContain('上传成功'))
      expect(subscribe.shown).toHaveLength(1)
      expect(s.backend.receipts).toEqual([expect.objectContaining({ status: 'pending' })])
      await settle()
      expect(s.backend.subscriptions).toHaveLength(recorded)
    },
  )

  it('§3.5 each upload is its own tap and its own dialog: two receipts, two answers, each with its id', async () => {
    const { s, subscribe } = await receiptsWith('accept')
    mtap(await waitFor(() => mq('.receipts__album')))
    await waitFor(() => expect(s.backend.subscriptions).toHaveLength(1))
    await typeAmount('12')
    mtap(await waitFor(() => mq('.receipts__camera')))
    await waitFor(() => expect(s.backend.subscriptions).toHaveLength(2))
    expect(subscribe.shown).toHaveLength(2)
    expect(s.backend.subscriptions.map((x) => x['context'])).toEqual(
      s.backend.receipts.map((r) => ({ receiptId: r.id })),
    )
  })

  it('§3.5 "always keep this choice" in WeChat: the next upload opens no dialog, and WeChat’s kept answer is recorded', async () => {
    const { s, subscribe } = await receiptsWith('accept', true)
    mtap(await waitFor(() => mq('.receipts__album')))
    await waitFor(() => expect(s.backend.subscriptions).toHaveLength(1))
    await typeAmount('12')
    mtap(await waitFor(() => mq('.receipts__album')))
    await waitFor(() => expect(s.backend.subscriptions).toHaveLength(2))
    expect(subscribe.shown).toHaveLength(1)
    expect(s.backend.subscriptions.map((x) => x['answer'])).toEqual(['accept', 'accept'])
  })
})
