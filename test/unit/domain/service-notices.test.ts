import fc from 'fast-check'
import { rightsRequestTypes } from '../../../src/catalogue/rights'
import {
  serviceNoticeTemplates,
  serviceNoticesBySubject,
  templateKeywordTypes,
} from '../../../src/catalogue/subscribe-templates'
import { marketingPurposes } from '../../../src/catalogue/purposes/marketing'
import { rightsRequestStatuses } from '../../../src/domain/rights-request'
import {
  keywordType,
  keywordValue,
  receiptReviewNotice,
  rightsNoticeFor,
  rightsRequestNotice,
  wechatTime,
} from '../../../src/domain/service-notices'

/** The pages of app.config.ts (main package and subpackages), as WeChat's `page` names them. */
async function appPages(): Promise<string[]> {
  const g = globalThis as { defineAppConfig?: (c: unknown) => unknown }
  g.defineAppConfig = (c) => c
  const { default: config } = (await import('../../../src/app.config')) as unknown as {
    default: { pages: string[]; subPackages: { root: string; pages: string[] }[] }
  }
  return [
    ...config.pages,
    ...config.subPackages.flatMap((p) => p.pages.map((x) => `${p.root}/${x}`)),
  ]
}

describe('§3.5 service-notice templates (catalogue/subscribe-templates.ts)', () => {
  it('§3.5 §3.1(g) service notices only: each reports on a rights request or a receipt, and no marketing purpose has one', () => {
    expect(serviceNoticeTemplates.map((t) => t.subject).sort()).toEqual([
      'receipt',
      'rights-request',
      'rights-request',
    ])
    for (const t of serviceNoticeTemplates) expect(t.policyRefs).toContain('3.5')
    const ids = serviceNoticeTemplates.map((t) => t.templateId)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).not.toContain('INDIGO-OFFERS-TEMPLATE')
    for (const p of marketingPurposes)
      expect(serviceNoticeTemplates.map((t) => t.key)).not.toContain(p.id)
    // WeChat shows at most three templates in one dialog.
    for (const list of Object.values(serviceNoticesBySubject))
      expect(list.length).toBeLessThanOrEqual(3)
  })

  it('§3.5 each template opens a page of the app, has bilingual titles and WeChat keywords numbered once', async () => {
    const pages = await appPages()
    for (const t of serviceNoticeTemplates) {
      expect(pages).toContain(t.page)
      expect(t.title['zh-CN']).toMatch(/\p{Script=Han}/u)
      expect(t.title.en.length).toBeGreaterThan(3)
      expect(t.templateId).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
      const numbers = t.fields.map((f) => Number(/\d+$/.exec(f.key)?.[0]))
      expect(numbers).toEqual(numbers.map((_, i) => i + 1))
      for (const f of t.fields) {
        expect(templateKeywordTypes).toContain(keywordType(f.key))
        expect(f.label['zh-CN'] && f.label.en).toBeTruthy()
      }
      // WeChat's phrase keyword: five Chinese characters at most.
      for (const p of Object.values(t.phrases)) expect(p).toMatch(/^\p{Script=Han}{1,5}$/u)
    }
  })
})

describe('§3.5 a notice as subscribeMessage.send would carry it (domain/service-notices.ts)', () => {
  it('§10.1 §10.4 only INDIGO’s steps send a rights notice: in progress, completed, rejected', () => {
    expect(rightsRequestStatuses.filter((s) => rightsNoticeFor(s) !== null)).toEqual([
      'in-progress',
      'completed',
      'rejected',
    ])
    expect(rightsNoticeFor('in-progress')).toBe('rights-progress')
    expect(rightsNoticeFor('rejected')).toBe('rights-result')
    const at = Date.UTC(2026, 11, 7, 16, 30)
    expect(
      rightsRequestNotice({ id: 'r1', type: 'access-copy', status: 'cancelled', at }),
    ).toBeNull()
  })

  it('§10.1 every request type’s name fits WeChat’s thing keyword uncut', () => {
    for (const type of rightsRequestTypes) {
      const n = rightsRequestNotice({ id: 'r 1/x', type, status: 'completed', at: 0 })
      expect(n?.data['thing1']?.value.endsWith('…')).toBe(false)
      expect(n?.page).toBe('packages/rights/pages/detail/index?id=r%201%2Fx')
    }
  })

  it('§3.5 WeChat’s time is Beijing wall clock: 16:30 UTC is 00:30 the next day', () => {
    expect(wechatTime(Date.UTC(2026, 11, 7, 16, 30))).toBe('2026年12月8日 00:30')
    const n = rightsRequestNotice({
      id: 'r1',
      type: 'explain-rules',
      status: 'in-progress',
      at: Date.UTC(2026, 11, 7, 2),
      dueDate: '2026-12-28',
    })
    expect(n?.data).toEqual({
      thing1: { value: '解释个人信息处理规则' },
      phrase2: { value: '处理中' },
      time3: { value: '2026年12月7日 10:00' },
      date4: { value: '2026年12月28日' },
    })
  })

  it('§10.3 a due date that is only an estimate is left out of the notice, not announced as the date', () => {
    const r = {
      id: 'r1',
      type: 'explain-rules',
      status: 'in-progress',
      at: Date.UTC(2026, 11, 7, 2),
      dueDate: '2027-01-05',
    } as const
    expect(rightsRequestNotice(r)?.data['date4']).toEqual({ value: '2027年1月5日' })
    expect(rightsRequestNotice({ ...r, dueDateEstimated: true })?.data).not.toHaveProperty('date4')
  })

  it('§3.5 values WeChat would refuse are cut (thing) or refused (phrase, number, amount)', () => {
    expect(keywordValue('thing1', 'a'.repeat(21))).toBe(`${'a'.repeat(19)}…`)
    expect(keywordValue('thing1', '颐'.repeat(20))).toBe('颐'.repeat(20))
    expect(() => keywordValue('phrase2', 'approved')).toThrow()
    expect(() => keywordValue('phrase2', '审核已经通过')).toThrow()
    expect(() => keywordValue('number4', '-1')).toThrow()
    expect(() => keywordValue('amount2', '128.50')).toThrow()
    expect(() => keywordValue('thing1', '')).toThrow()
    expect(() => keywordValue('colour1', 'x')).toThrow()
  })

  it('§3.1(m) property: any store name, amount and reason gives a receipt notice within WeChat’s limits', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }),
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.boolean(),
        fc.string({ maxLength: 80 }),
        (storeName, amountFen, approved, reason) => {
          const n = receiptReviewNotice({
            id: 'rc1',
            storeName,
            amountFen,
            status: approved ? 'approved' : 'rejected',
            pointsAwarded: approved ? Math.floor(amountFen / 100) : 0,
            at: 0,
            reason: { 'zh-CN': reason, en: reason },
          })
          const thing = (k: string) => Array.from(n.data[k]?.value ?? '').length
          expect(thing('thing1')).toBeLessThanOrEqual(20)
          expect(n.data['amount2']?.value).toBe(`¥${(amountFen / 100).toFixed(2)}`)
          expect(n.data['phrase3']?.value).toBe(approved ? '审核通过' : '未通过')
          expect('thing6' in n.data).toBe(!approved && reason.trim() !== '')
          expect(thing('thing6')).toBeLessThanOrEqual(20)
          expect(n.page).toBe('packages/member/pages/receipts/index')
        },
      ),
      { numRuns: 1000 },
    )
  })
})
