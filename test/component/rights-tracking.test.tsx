import type { RightsRequestDto } from '../../src/contract/rights-requests'
import { dueDateFields } from '../../src/domain/rights-request'
import { zhCN } from '../../src/i18n/zh-cn'
import { en } from '../../src/i18n/en'
import RightsRequestDetail from '../../src/packages/rights/pages/detail/index'
import RightsExport from '../../src/packages/rights/pages/export/index'
import RightsRequests from '../../src/packages/rights/pages/requests/index'
import { todayInBeijing } from '../support/dates'
import { buildTestServices, unmountAll } from '../support/render'
import { fakeBackend } from './rights-fake-backend'
import { button, openPage, q, tap, text, until } from './rights-helpers'

// Verified at 10:00 Beijing today, on the test's clock (the pages read the same one): open,
// and not yet due. A fixed date here would turn into an overdue request once it had passed.
const TODAY = todayInBeijing()
const T = Date.parse(`${TODAY}T10:00:00+08:00`)
const DUE = dueDateFields(T)
const dueDate = DUE.dueDate ?? ''
const estimated = DUE.dueDateEstimated === true
const base = (over: Partial<RightsRequestDto>): RightsRequestDto => ({
  id: 'r1',
  type: 'explain-rules',
  onBehalfOf: 'self',
  details: { question: '位置信息怎么用？' },
  status: 'verified',
  history: [
    { status: 'submitted', at: T },
    { status: 'verified', at: T },
  ],
  submittedAt: T,
  verifiedAt: T,
  ...DUE,
  ...over,
})
const exported = {
  exportedAt: T + 7200_000,
  profile: { userId: 'u1', nickname: 'Alice', phone: '13812345678', createdAt: T },
  consents: [{}, {}],
  ledger: [{}, {}, {}],
  rightsRequests: [{}],
  plates: [],
  receipts: [],
  points: { balance: 0, history: [] },
}

describe('tracking, results and the export view (§10.1(a), §10.3)', () => {
  it('§10.1 the list shows each request with its status and due date, newest first', async () => {
    const backend = fakeBackend()
    backend.requests.push(
      base({ id: 'old', status: 'completed', submittedAt: T - 86400_000 }),
      base({ id: 'new', type: 'access-copy', details: { categories: ['profile'] } }),
    )
    const { testUtils, routes } = await openPage(RightsRequests, {}, { backend })
    await testUtils.queries.waitForQuerySelector('.rights-list__item')
    const items = Array.from(document.querySelectorAll('.rights-list__item'))
    // Each card is named by its own text (WCAG 2.5.3): its title comes first.
    expect(items.map((i) => i.querySelector('.rights__card-title')?.textContent)).toEqual([
      '查阅、复制个人信息',
      '解释个人信息处理规则',
    ])
    expect(items[0]?.textContent).toContain(zhCN.rightsStatus.verified)
    expect(items[0]?.textContent).toContain(zhCN.rightsList.dueBy(dueDate, estimated))
    expect(items[1]?.textContent).toContain(zhCN.rightsStatus.completed)
    tap(items[0] ?? null)
    expect(routes).toContainEqual({ page: 'rights-request', id: 'new' })
  })

  it('§10.3 the detail shows the timeline and the due date; cancel asks once, then cancels', async () => {
    const backend = fakeBackend()
    backend.requests.push(base({}))
    const { testUtils } = await openPage(RightsRequestDetail, { id: 'r1' }, { backend })
    await testUtils.queries.waitForQuerySelector('.status-timeline')
    expect(text()).toContain(zhCN.rightsDetail.dueBy(dueDate, estimated))
    expect(text()).not.toContain(zhCN.rightsDetail.overdue)
    const steps = Array.from(document.querySelectorAll('.status-timeline__step'))
    expect(steps.map((s) => s.querySelector('.status-timeline__label')?.textContent)).toEqual([
      zhCN.rightsTimeline.submitted,
      zhCN.rightsTimeline.verified,
    ])
    expect(steps[0]?.textContent).toContain(`${TODAY} 10:00`)
    expect(text()).toContain('位置信息怎么用？')
    tap(button(zhCN.rightsDetail.cancel))
    await testUtils.queries.waitForQuerySelector('.rights-detail__confirm')
    expect(backend.calls).not.toContain('POST /v1/rights-requests/r1/cancel')
    tap(q('.rights-detail__confirm .rights__danger'))
    await until(() => expect(q('.rights__status')?.textContent).toBe(zhCN.rightsStatus.cancelled))
    expect(q('.rights-detail__cancel')).toBeNull()
  })

  it('§10.3 a due date counted over a year whose holidays are not published is shown as an estimate, in both languages', async () => {
    const backend = fakeBackend()
    backend.requests.push(base({ dueDate: '2028-01-21', dueDateEstimated: true }))
    const { testUtils, store } = await openPage(RightsRequests, {}, { backend })
    await testUtils.queries.waitForQuerySelector('.rights-list__item')
    const item = () => q('.rights-list__item')?.textContent ?? ''
    expect(item()).toContain('预计 2028-01-21 前答复（估算，当年法定节假日安排公布后确定）')
    store.getState().setLang('en')
    await until(() =>
      expect(item()).toContain(
        "Answer expected by 2028-01-21 (an estimate until that year's public holidays are announced)",
      ),
    )
    unmountAll()
    const detail = await openPage(RightsRequestDetail, { id: 'r1' }, { backend })
    await detail.testUtils.queries.waitForQuerySelector('.rights__callout')
    expect(q('.rights__callout')?.textContent).toBe(
      '预计 2028-01-21 前答复（身份验证后 15 个工作日）。该日期为估算：当年法定节假日安排尚未公布，公布后确定。',
    )
    detail.store.getState().setLang('en')
    await until(() =>
      expect(q('.rights__callout')?.textContent).toContain('This date is an estimate'),
    )
  })

  it('§10.1 a guardian’s request shows the minor, the relationship and that its proof photo went with it', async () => {
    const backend = fakeBackend()
    backend.requests.push(
      base({
        onBehalfOf: 'guardian-of-minor',
        subject: { name: '小明', birthDate: '2015-03-01', relationship: '父亲' },
        attachments: [
          { id: 'a1', kind: 'relationship-proof', mimeType: 'image/jpeg', sizeBytes: 204_800 },
        ],
      }),
    )
    const { testUtils } = await openPage(RightsRequestDetail, { id: 'r1' }, { backend })
    await testUtils.queries.waitForQuerySelector('.request-details')
    const details = q('.request-details')?.textContent ?? ''
    expect(details).toContain('小明')
    expect(details).toContain('父亲')
    expect(details).toContain(
      `${zhCN.rightsForm.photos['relationship-proof']}${zhCN.rightsDetail.photoKept(200)}`,
    )
  })

  it('§10.4 a refused request shows the reason and INDIGO’s message in the person’s language', async () => {
    const backend = fakeBackend()
    backend.requests.push(
      base({
        status: 'rejected',
        history: [...base({}).history, { status: 'rejected', at: T + 1000 }],
        rejection: {
          reason: 'unreasonable',
          message: { 'zh-CN': '该问题涉及他人隐私。', en: 'It concerns the privacy of others.' },
        },
      }),
    )
    const { testUtils, store } = await openPage(RightsRequestDetail, { id: 'r1' }, { backend })
    await testUtils.queries.waitForQuerySelector('.rights-detail__rejection')
    expect(q('.rights-detail__rejection')?.textContent).toContain(
      zhCN.rightsDetail.reasons.unreasonable,
    )
    expect(q('.rights-detail__rejection')?.textContent).toContain('该问题涉及他人隐私。')
    expect(q('.rights-detail__cancel')).toBeNull()
    store.getState().setLang('en')
    await until(() =>
      expect(q('.rights-detail__rejection')?.textContent).toContain(
        'It concerns the privacy of others.',
      ),
    )
    expect(text()).toContain(en.rightsDetail.reasons.unreasonable)
  })

  it('§10.1(a) a completed access request leads to its export', async () => {
    const backend = fakeBackend()
    backend.requests.push(
      base({
        type: 'access-copy',
        status: 'completed',
        details: { categories: ['profile'] },
        result: { export: exported },
      }),
    )
    const { testUtils, routes } = await openPage(RightsRequestDetail, { id: 'r1' }, { backend })
    await testUtils.queries.waitForQuerySelector('.rights-detail')
    tap(button(zhCN.rightsDetail.viewExport))
    expect(routes).toContainEqual({ page: 'rights-export', id: 'r1' })
  })

  it('§10.1(a) the export reads as a summary and the JSON is copied whole', async () => {
    const backend = fakeBackend()
    backend.requests.push(
      base({ type: 'access-copy', status: 'completed', result: { export: exported } }),
    )
    const copied: string[] = []
    const setup = buildTestServices(
      {
        navigator: { go: () => undefined, back: () => undefined, params: () => ({ id: 'r1' }) },
        clipboard: { copy: async (t) => (copied.push(t), true) },
      },
      { transport: backend.transport, baseUrl: 'http://fake.test' },
    )
    const { testUtils } = await openPage(RightsExport, {}, { backend, setup })
    await testUtils.queries.waitForQuerySelector('.rights-export')
    expect(text()).toContain('Alice')
    expect(text()).toContain('13812345678')
    expect(text()).toContain(`${zhCN.rightsExport.sections.ledger}${zhCN.rightsExport.records(3)}`)
    expect(text()).toContain(zhCN.rightsExport.exportedAt(`${TODAY} 12:00`))
    tap(button(zhCN.rightsExport.copy))
    await until(() => expect(text()).toContain(zhCN.rightsExport.copied))
    expect(JSON.parse(copied[0] ?? '')).toEqual(exported)
  })

  it('§10.1(a) asked for JSON only, the export view shows the JSON to copy without the summary', async () => {
    const backend = fakeBackend()
    backend.requests.push(
      base({
        type: 'access-copy',
        status: 'completed',
        details: { categories: ['profile'], format: 'json' },
        result: { export: exported },
      }),
    )
    const setup = buildTestServices(
      { navigator: { go: () => undefined, back: () => undefined, params: () => ({ id: 'r1' }) } },
      { transport: backend.transport, baseUrl: 'http://fake.test' },
    )
    const { testUtils } = await openPage(RightsExport, {}, { backend, setup })
    await testUtils.queries.waitForQuerySelector('.rights-export')
    expect(q('.rights-export__counts')).toBeNull()
    expect(text()).toContain(zhCN.rightsExport.introJson)
    expect(text()).not.toContain(zhCN.rightsExport.profile)
    expect(text()).toContain(zhCN.rightsExport.json)
    expect(q('.rights__json')?.textContent).toContain('13812345678')
  })

  it('§10.1(a) when copying fails the person is told to copy by hand', async () => {
    const backend = fakeBackend()
    backend.requests.push(
      base({ type: 'access-copy', status: 'completed', result: { export: exported } }),
    )
    const setup = buildTestServices(
      {
        navigator: { go: () => undefined, back: () => undefined, params: () => ({ id: 'r1' }) },
        clipboard: { copy: async () => false },
      },
      { transport: backend.transport, baseUrl: 'http://fake.test' },
    )
    const { testUtils } = await openPage(RightsExport, {}, { backend, setup })
    await testUtils.queries.waitForQuerySelector('.rights-export')
    tap(button(zhCN.rightsExport.copy))
    await until(() => expect(text()).toContain(zhCN.rightsExport.copyFailed))
  })

  it('§1.5 before the notice is accepted nothing is fetched and the person is told why', async () => {
    const backend = fakeBackend()
    const { testUtils } = await openPage(RightsRequests, {}, { backend, accept: false })
    await testUtils.queries.waitForQuerySelector('.rights__error')
    expect(text()).toContain(zhCN.rightsErrors.notice)
    expect(backend.calls).toEqual([])
  })
})
