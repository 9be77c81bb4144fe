import { act, waitFor } from '@testing-library/react'
import ParkingPage from '../../src/packages/member/pages/parking/index'
import {
  answerConsent,
  all,
  button,
  decide,
  memberSetup,
  open,
  q,
  tap,
  text,
} from './member-helpers'
import { memberBackend } from './member-fake-backend'

/** Types on the plate keyboard, key by key, as a thumb would. */
function typePlate(plate: string) {
  for (const ch of plate) {
    const key = all('.plate-kb__key').find((k) => k.getAttribute('aria-label') === ch)
    if (!key) throw new Error(`no key ${ch}`)
    tap(key)
  }
}

const keyEnabled = (ch: string) =>
  all('.plate-kb__key').some(
    (k) => k.getAttribute('aria-label') === ch && k.getAttribute('aria-disabled') !== 'true',
  )

describe('e-parking (§2.1(c))', () => {
  it('§7.3 plates cannot be bound without the licence-plates consent', async () => {
    const s = memberSetup()
    await open(ParkingPage, s)
    await waitFor(() => expect(text()).toContain('此功能未开启'))
    expect(q('.parking__add')).toBeNull()
    expect(text()).toContain('仍可按普通访客停车并缴费')
    tap(button('了解并开启'))
    await answerConsent(s, 'licence-plates', 'refuse')
    await waitFor(() => expect(text()).toContain('您未同意，此功能保持关闭'))
    expect(s.backend.count('POST /v1/me/plates')).toBe(0)
    expect(s.backend.count('GET /v1/me/plates')).toBe(0)
  })

  it('§3 after the consent a plate typed on the plate keyboard is bound; I and O are never offered', async () => {
    const s = memberSetup()
    await open(ParkingPage, s)
    tap(await waitFor(() => button('了解并开启')))
    await answerConsent(s, 'licence-plates', 'agree')
    tap(await waitFor(() => q('.parking__add')))
    // Province first: only provinces are offered.
    await waitFor(() => expect(keyEnabled('京')).toBe(true))
    expect(keyEnabled('A')).toBe(false)
    typePlate('京')
    // The issuing letter: letters only, and never I or O.
    expect(keyEnabled('1')).toBe(false)
    expect(
      all('.plate-kb__key').some((k) => ['I', 'O'].includes(k.getAttribute('aria-label') ?? '')),
    ).toBe(false)
    typePlate('AD12345')
    expect(
      all('.plate-kb__char')
        .map((c) => c.textContent)
        .join(''),
    ).toBe('京AD12345')
    tap(q('.plate-kb__action--done'))
    await waitFor(() => expect(q('.parking__plate-text')?.textContent).toBe('京AD12345'))
    expect(s.backend.plates).toEqual([
      expect.objectContaining({ plate: '京AD12345', kind: 'new-energy-small' }),
    ])
  })

  it('§3 a plate the validator refuses is explained and never sent', async () => {
    const s = memberSetup()
    decide(s, 'licence-plates', 'grant')
    await open(ParkingPage, s)
    tap(await waitFor(() => q('.parking__add')))
    typePlate('京AA12345')
    tap(q('.plate-kb__action--done'))
    await waitFor(() => expect(text()).toContain('新能源车牌：第三位为 D 或 F'))
    expect(s.backend.count('POST /v1/me/plates')).toBe(0)
  })

  it('§3 a stay is paid with points once, and then shows as paid', async () => {
    const s = memberSetup({ backend: memberBackend({ balance: 5000 }) })
    decide(s, 'licence-plates', 'grant')
    await open(ParkingPage, s)
    tap(await waitFor(() => q('.parking__add')))
    typePlate('沪A12345F')
    tap(q('.plate-kb__action--done'))
    const pay = await waitFor(() => {
      const b = q('.parking__pay')
      if (!b) throw new Error(`no pay button in ${text().slice(0, 600)}`)
      return b
    })
    const points = Number(/用 (\d+) 积分支付/.exec(pay.textContent ?? '')?.[1])
    expect(points).toBeGreaterThan(0)
    tap(pay)
    tap(pay)
    await waitFor(() => expect(q('.parking__pay') === null).toBe(true))
    expect(text()).toContain('已支付')
    expect(s.backend.balance()).toBe(5000 - points)
    expect(s.backend.history.filter((h) => h.reason === 'redemption')).toHaveLength(1)
  })

  it('§5 withdrawing the consent empties the page at once and shows the plates the backend deleted', async () => {
    const s = memberSetup()
    decide(s, 'licence-plates', 'grant')
    await open(ParkingPage, s)
    tap(await waitFor(() => q('.parking__add')))
    typePlate('粤B12345')
    tap(q('.plate-kb__action--done'))
    await waitFor(() => expect(q('.parking__plate-text')?.textContent).toBe('粤B12345'))
    decide(s, 'licence-plates', 'withdraw')
    await waitFor(() => expect(q('.parking__plate-text') === null).toBe(true))
    expect(text()).toContain('此功能未开启')
    await act(() => s.services.sync.flush())
    await waitFor(() => expect(text()).toContain('车牌号码：1 项'))
    expect(s.backend.plates).toEqual([])
  })
})
