import { formatBeijingTime } from '../../../src/domain/beijing-time'
import { exportJson, findExport, summariseExport } from '../../../src/domain/export-summary'
import { normaliseSmsCode, secondsUntilResend } from '../../../src/domain/sms-verification'

describe('§10.3 verification helpers', () => {
  it('§10.3 a new code can be asked for 60 s after the last one, counted down in whole seconds', () => {
    expect(secondsUntilResend(null, 5)).toBe(0)
    expect(secondsUntilResend(1000, 1000)).toBe(60)
    expect(secondsUntilResend(1000, 1001)).toBe(60)
    expect(secondsUntilResend(1000, 60_999)).toBe(1)
    expect(secondsUntilResend(1000, 61_000)).toBe(0)
  })

  it('§10.3 the code is six digits, also typed full-width or with spaces', () => {
    expect(normaliseSmsCode('123456')).toBe('123456')
    expect(normaliseSmsCode(' １２３ ４５６ ')).toBe('123456')
    expect(normaliseSmsCode('12345')).toBeNull()
    expect(normaliseSmsCode('12345a')).toBeNull()
  })
})

describe('§10.1(a) export summary', () => {
  const exp = {
    exportedAt: Date.UTC(2026, 10, 24, 2, 0),
    profile: { userId: 'u1', nickname: 'Alice', phone: '13812345678', createdAt: 1 },
    consents: [{}, {}],
    ledger: [{}, {}, {}],
    rightsRequests: [{}],
    plates: [],
    receipts: [{}],
    points: { balance: 120, history: [{}, {}] },
  }

  it('§10.1(a) finds the export in a completed request result and summarises it', () => {
    expect(findExport({ export: exp })).toBe(exp)
    expect(findExport(exp)).toBe(exp)
    expect(findExport({ answer: 'x' })).toBeNull()
    expect(findExport('nope')).toBeNull()
    const s = summariseExport(exp)
    expect(s.profile).toEqual([
      { field: 'nickname', value: 'Alice' },
      { field: 'phone', value: '13812345678' },
    ])
    expect(s.counts).toEqual([
      { section: 'consents', count: 2 },
      { section: 'ledger', count: 3 },
      { section: 'rightsRequests', count: 1 },
      { section: 'plates', count: 0 },
      { section: 'receipts', count: 1 },
      { section: 'points', count: 2 },
    ])
    expect(s.pointsBalance).toBe(120)
    expect(JSON.parse(exportJson(exp))).toEqual(exp)
    expect(formatBeijingTime(exp.exportedAt)).toBe('2026-11-24 10:00')
  })
})
