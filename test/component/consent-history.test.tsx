import { act, waitFor } from '@testing-library/react'
import { currentPolicyVersion } from '../../src/catalogue/policy'
import type { ConsentReceipt } from '../../src/contract/consents'
import ConsentHistory from '../../src/packages/about/pages/history/index'
import Transparency from '../../src/packages/about/pages/transparency/index'
import type { HttpRequest, HttpResponse } from '../../src/services/api'
import { buildTestServices, mountPage, unmountAll } from '../support/render'
import { grantEvent } from '../support/store'

const q = (selector: string) => document.querySelector(selector) as HTMLElement | null
const all = (selector: string) => Array.from(document.querySelectorAll(selector)) as HTMLElement[]
const ok = (body: unknown): HttpResponse => ({ status: 200, headers: {}, body })

const receipt = (seq: number): ConsentReceipt => ({
  version: 'KI-CR-v1.1.0',
  jurisdiction: 'CN',
  consentTimestamp: Date.UTC(2026, 0, 1),
  collectionMethod: 'consent-center',
  consentReceiptID: `r-${seq}`,
  language: 'zh-CN',
  piiPrincipalId: 'u1',
  piiControllers: [
    {
      piiController: 'INDIGO',
      contact: 'DPO',
      address: 'Beijing',
      email: 'dpo@example.com',
      onBehalf: false,
    },
  ],
  policyUrl: 'https://example.com/policy',
  services: [],
  sensitive: false,
  spiCat: [],
  event: {
    action: 'grant',
    eventId: `e${seq}`,
    policyVersion: currentPolicyVersion.version,
    source: 'consent-center',
    actor: 'user',
    separateConsent: false,
    ledgerSeq: seq,
    ledgerHash: 'abc',
  },
})

async function openHistory() {
  const requests: HttpRequest[] = []
  const transport = async (req: HttpRequest) => {
    requests.push(req)
    const path = new URL(req.url).pathname
    if (path === '/v1/auth/login')
      return ok({ token: 's1', expiresAt: Date.now() + 3600_000, userId: 'u1', isNewUser: false })
    if (path === '/v1/consents/receipts') return ok({ receipts: [receipt(1), receipt(2)] })
    return { status: 404, headers: {}, body: { error: { code: 'not-found', message: 'no' } } }
  }
  const copied: string[] = []
  const setup = buildTestServices(
    { clipboard: { copy: async (text: string) => (copied.push(text), true) } },
    { transport },
  )
  const s = setup.store.getState()
  s.decideNotice('accepted')
  s.mergeLedger([
    grantEvent('marketing-sms', Date.UTC(2026, 0, 1, 2), { policyVersion: '2022-01+old' }),
    grantEvent('guardian-consent', Date.UTC(2026, 0, 2, 2), {
      actor: 'guardian',
      source: 'guardian-flow',
      policyVersion: currentPolicyVersion.version,
      guardianPhone: '138****5678',
    }),
    grantEvent('marketing-sms', Date.UTC(2026, 0, 3, 2), {
      action: 'withdraw',
      source: 'unsubscribe-link',
    }),
  ])
  const mounted = await mountPage(ConsentHistory, setup)
  await mounted.testUtils.queries.waitForQuerySelector('.history__entry')
  return { ...mounted, requests, copied }
}

afterEach(unmountAll)

describe('consent history and receipts (§10.1(a))', () => {
  it('§12.2 §14.1 the history shows who gave each consent under which policy version, newest first', async () => {
    await openHistory()
    const entries = all('.history__entry')
    // Newest first: the withdrawal, then the guardian's consent, then the first grant.
    const withdrawal = all('.history__entry--p-marketing-sms.history__entry--withdraw')[0]
    const guardian = all('.history__entry--p-guardian-consent')[0]
    const first = all('.history__entry--p-marketing-sms.history__entry--grant')[0]
    expect(entries.indexOf(withdrawal as HTMLElement)).toBeLessThan(
      entries.indexOf(guardian as HTMLElement),
    )
    expect(entries.indexOf(guardian as HTMLElement)).toBeLessThan(
      entries.indexOf(first as HTMLElement),
    )
    expect(withdrawal?.textContent).toContain('撤回')
    expect(withdrawal?.textContent).toContain('退订链接')
    expect(guardian?.textContent).toContain('监护人同意')
    // §12.2: given by the guardian, named by the phone the guardian verified.
    expect(guardian?.querySelector('.history__actor')?.textContent).toBe(
      '操作人：监护人（手机 138****5678，已验证）',
    )
    expect(guardian?.querySelector('.history__version')?.textContent).toBe(
      `政策版本：${currentPolicyVersion.version}`,
    )
    expect(first?.querySelector('.history__actor')?.textContent).toBe('操作人：本人')
    expect(first?.querySelector('.history__version')?.textContent).toBe('政策版本：2022-01+old')
    expect(first?.querySelector('.history__when')?.textContent).toBe('2026年1月1日 10:00')
  })

  it('§10.1(a) receipts are fetched on request and exported to the clipboard', async () => {
    const { requests, copied } = await openHistory()
    expect(requests).toHaveLength(0)
    await act(async () => q('.history__load')?.click())
    await waitFor(() => expect(all('.history__receipt')).toHaveLength(2))
    expect(q('.history__count')?.textContent).toBe('共 2 份凭证')
    await act(async () => q('.history__export')?.click())
    await waitFor(() => expect(q('.history__exported')?.textContent).toContain('已复制'))
    expect(
      JSON.parse(copied[0] ?? '{}').receipts.map((r: ConsentReceipt) => r.consentReceiptID),
    ).toEqual(['r-1', 'r-2'])
  })
})

describe('transparency pages (§10.1(g))', () => {
  it('§4 §8.1 §9 §10.2 and the business-functions table, from the policy catalogue', async () => {
    const { testUtils } = await mountPage(Transparency)
    await testUtils.queries.waitForQuerySelector('.transparency__row')
    expect(all('.transparency__row')).toHaveLength(5)
    expect(q('.transparency__row--mall-wifi')?.textContent).toContain('收集的个人信息类型')
    expect(q('.transparency__section--recipients')?.textContent).toContain('不向第三方处理者')
    expect(q('.transparency__paragraph--8\\.1')).not.toBeNull()
    expect(q('.transparency__section--adm .transparency__paragraph--9\\.3')).not.toBeNull()
    expect(q('.transparency__section--dpo')?.textContent).toContain('数据保护官')
  })
})
