import { waitFor } from '@testing-library/react'
import MemberCenter from '../../src/packages/member/pages/card/index'
import { button, memberSetup, open, q, tap, text } from './member-helpers'
import { memberBackend } from './member-fake-backend'

describe('member center (issue 7 §1, §2)', () => {
  it('§1 signs in only from the tap, then shows the member card with the points balance', async () => {
    const s = memberSetup({ backend: memberBackend({ balance: 420 }) })
    await open(MemberCenter, s)
    await waitFor(() => expect(text()).toContain('登录会员'))
    expect(s.backend.calls).toEqual([])
    tap(button('登录会员'))
    await waitFor(() => expect(q('.member-card__points')?.textContent).toBe('420'))
    expect(s.backend.calls.slice(0, 2)).toEqual(['POST /v1/auth/login', 'GET /v1/me/profile'])
    expect(text()).toContain('未绑定')
  })

  it('§1.5 before the notice is agreed nothing is fetched and sign-in leads to the notice', async () => {
    const s = memberSetup({ accept: false })
    await open(MemberCenter, s)
    tap(await waitFor(() => button('登录会员')))
    await waitFor(() => expect(text()).toContain('请先同意隐私政策概要'))
    expect(s.backend.calls).toEqual([])
    tap(button('请先阅读并同意隐私政策概要。'))
    expect(s.nav.routes).toContainEqual({ page: 'notice' })
  })

  it('§1 binds the phone from the getPhoneNumber button (a mock code on H5) and shows it masked', async () => {
    const s = memberSetup()
    await open(MemberCenter, s)
    tap(await waitFor(() => button('登录会员')))
    tap(await waitFor(() => button('绑定微信手机号')))
    await waitFor(() => expect(q('.member-card__phone')?.textContent).toBe('138****8000'))
    expect(s.backend.count('PUT /v1/me/profile')).toBe(1)
    expect(text()).not.toContain('13800138000')
  })

  it('§1 a refused phone sheet links nothing and says so', async () => {
    const s = memberSetup({ deny: true })
    await open(MemberCenter, s)
    tap(await waitFor(() => button('登录会员')))
    tap(await waitFor(() => button('绑定微信手机号')))
    await waitFor(() => expect(text()).toContain('您取消了手机号授权'))
    expect(s.backend.count('PUT /v1/me/profile')).toBe(0)
  })

  it('§2 a redemption asks for confirmation, updates the balance, and a double tap redeems once', async () => {
    const s = memberSetup({ backend: memberBackend({ balance: 400 }) })
    await open(MemberCenter, s)
    tap(await waitFor(() => button('登录会员')))
    await waitFor(() => expect(q('.member-card__points')?.textContent).toBe('400'))
    const redeem = await waitFor(() => {
      const b = Array.from(document.querySelectorAll('.member-card-page__redeem'))[0]
      if (!b) throw new Error('no redeem button')
      return b
    })
    tap(redeem)
    await waitFor(() => expect(text()).toContain('使用 150 积分兑换“咖啡券一张”'))
    expect(s.backend.count('POST /v1/me/points/redemptions')).toBe(0)
    const confirm = button('确认兑换')
    tap(confirm)
    tap(confirm)
    await waitFor(() => expect(text()).toContain('已兑换“咖啡券一张”，剩余 250 积分'))
    expect(s.backend.balance()).toBe(250)
    tap(button('完成'))
    await waitFor(() => expect(q('.member-card__points')?.textContent).toBe('250'))
    expect(s.backend.history.filter((h) => h.reason === 'redemption')).toHaveLength(1)
  })

  it('§2 a redemption whose answer was lost is retried with the same id: points go once', async () => {
    const s = memberSetup({ backend: memberBackend({ balance: 400 }) })
    await open(MemberCenter, s)
    tap(await waitFor(() => button('登录会员')))
    await waitFor(() => expect(q('.member-card__points')?.textContent).toBe('400'))
    tap(document.querySelectorAll('.member-card-page__redeem')[0] ?? null)
    s.backend.loseAnswers(1)
    tap(await waitFor(() => button('确认兑换')))
    await waitFor(() => expect(text()).toContain('网络不可用'))
    // The user closes the sheet and tries the same reward again later.
    tap(button('取消'))
    tap(document.querySelectorAll('.member-card-page__redeem')[0] ?? null)
    tap(await waitFor(() => button('确认兑换')))
    await waitFor(() => expect(text()).toContain('剩余 250 积分'))
    const ids = s.backend.history.filter((h) => h.reason === 'redemption').map((h) => h.ref)
    expect(ids).toHaveLength(1)
    expect(s.backend.balance()).toBe(250)
  })

  it('§2 rewards the balance cannot cover cannot be redeemed', async () => {
    const s = memberSetup({ backend: memberBackend({ balance: 100 }) })
    await open(MemberCenter, s)
    tap(await waitFor(() => button('登录会员')))
    await waitFor(() => expect(q('.member-card__points')?.textContent).toBe('100'))
    const buttons = Array.from(document.querySelectorAll('.member-card-page__redeem'))
    expect(buttons).toHaveLength(3)
    expect(buttons.every((b) => b.textContent === '积分不足')).toBe(true)
  })
})
