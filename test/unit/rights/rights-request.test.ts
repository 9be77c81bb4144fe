import fc from 'fast-check'
import {
  allowedTransitions,
  canTransition,
  dueDateAfterVerification,
  isOverdue,
  newRequestState,
  rightsRequestStatuses,
  transition,
  type RightsRequestStatus,
} from '../../../src/domain/rights-request'

const T = Date.UTC(2026, 10, 24, 2) // Tue 2026-11-24 10:00 Beijing

describe('§10 rights request workflow', () => {
  it('runs submitted -> verified -> in-progress -> completed with every step timestamped', () => {
    let s = newRequestState(T)
    for (const [to, dt] of [
      ['verified', 1],
      ['in-progress', 2],
      ['completed', 3],
    ] as const) {
      const r = transition(s, to, T + dt)
      if (!r.ok) throw new Error(r.error)
      s = r.value
    }
    expect(s.history).toEqual([
      { status: 'submitted', at: T },
      { status: 'verified', at: T + 1 },
      { status: 'in-progress', at: T + 2 },
      { status: 'completed', at: T + 3 },
    ])
  })

  it('§10.3 the 15-working-day clock starts at verification', () => {
    const r = transition(newRequestState(T), 'verified', T)
    expect(r.ok && r.value).toMatchObject({ verifiedAt: T, dueDate: '2026-12-15' })
    expect(r.ok && 'dueDateEstimated' in r.value).toBe(false)
    expect(dueDateAfterVerification(T)).toEqual({ date: '2026-12-15', estimated: false })
  })

  it('§10.3 a due date counted over a year whose holidays are not published is marked as an estimate', () => {
    // Verified Mon 2027-12-20 10:00 Beijing: the 15 working days run into 2028, past the table.
    const late = Date.UTC(2027, 11, 20, 2)
    const r = transition(newRequestState(late), 'verified', late)
    expect(r.ok && r.value).toMatchObject({ dueDate: '2028-01-10', dueDateEstimated: true })
    expect(dueDateAfterVerification(late)).toEqual({ date: '2028-01-10', estimated: true })
  })

  it('§10.4 a rejection needs a reason', () => {
    const s = newRequestState(T)
    expect(transition(s, 'rejected', T)).toMatchObject({
      ok: false,
      error: 'rejection-reason-required',
    })
    const r = transition(s, 'rejected', T, {
      rejection: {
        reason: 'unreasonable',
        message: { 'zh-CN': '侵犯他人隐私', en: "Infringes others' privacy" },
      },
    })
    expect(r.ok && r.value.rejection?.reason).toBe('unreasonable')
  })

  it('cannot skip verification or leave a final status', () => {
    expect(canTransition('submitted', 'in-progress')).toBe(false)
    expect(canTransition('submitted', 'completed')).toBe(false)
    for (const f of ['completed', 'rejected', 'cancelled'] as const)
      expect(allowedTransitions[f]).toEqual([])
  })

  it('is overdue only after the end of the due day (Beijing) while open', () => {
    const r = transition(newRequestState(T), 'verified', T)
    if (!r.ok) throw new Error('no')
    expect(isOverdue(r.value, Date.UTC(2026, 11, 15, 15, 59))).toBe(false)
    expect(isOverdue(r.value, Date.UTC(2026, 11, 15, 16, 0))).toBe(true)
    const done = transition(r.value, 'cancelled', T + 1)
    expect(done.ok && isOverdue(done.value, Date.UTC(2027, 0, 1))).toBe(false)
  })

  it('property: any sequence of attempted steps only ever follows allowed transitions', () => {
    const status = fc.constantFrom(...rightsRequestStatuses)
    fc.assert(
      fc.property(fc.array(status, { maxLength: 12 }), (steps) => {
        let s = newRequestState(T)
        let at = T
        for (const to of steps) {
          at += 1
          const from: RightsRequestStatus = s.status
          const r = transition(s, to, at, {
            rejection: { reason: 'other', message: { 'zh-CN': '其他', en: 'Other' } },
          })
          if (r.ok !== canTransition(from, to)) return false
          if (r.ok) s = r.value
        }
        // The history is a valid path from submitted, in time order.
        return s.history.every((h, i) =>
          i === 0
            ? h.status === 'submitted'
            : canTransition(s.history[i - 1]!.status, h.status) && h.at > s.history[i - 1]!.at,
        )
      }),
    )
  })
})
