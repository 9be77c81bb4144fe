import { act, waitFor } from '@testing-library/react'
import MemberCenter from '../../src/packages/member/pages/card/index'
import { isGranted } from '../../src/store/selectors'
import { button, memberSetup, open, q, tap, text } from './member-helpers'
import { memberBackend } from './member-fake-backend'

/** The date picker's answer, as Taro's Picker reports a confirmed date. */
async function pickBirthDate(value: string) {
  const picker = await waitFor(() => {
    const el = document.querySelector('.member-birth taro-picker-core, .member-birth .taro-picker')
    if (!el) throw new Error(`no date picker in: ${text().slice(0, 300)}`)
    return el
  })
  await act(async () => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }))
  })
}

describe('membership sign-up asks the date of birth (§1.6, §12)', () => {
  it('§1.6 a new member gives the date of birth first; an adult goes on to the member card', async () => {
    const s = memberSetup({ backend: memberBackend({ birthDate: null }) })
    await open(MemberCenter, s)
    tap(await waitFor(() => button('登录会员')))
    await waitFor(() => expect(text()).toContain('请选择出生日期'))
    expect(q('.member-card__points')).toBeNull()
    // Nothing chosen yet: a clear message, nothing kept.
    tap(button('继续'))
    await waitFor(() => expect(q('.member-birth__error')?.textContent).toBe('请选择出生日期。'))
    expect(s.store.getState().birthDate).toBeNull()
    await pickBirthDate('1990-03-15')
    tap(button('继续'))
    await waitFor(() => expect(q('.member-card__points')).not.toBeNull())
    expect(s.store.getState().birthDate).toBe('1990-03-15')
    expect(s.nav.routes).not.toContainEqual({ page: 'guardian' })
    await waitFor(() => expect(s.backend.profileCalls).toContainEqual({ birthDate: '1990-03-15' }))
  })

  it('§12 a date of birth after today is refused with a clear message', async () => {
    const s = memberSetup({ backend: memberBackend({ birthDate: null }) })
    await open(MemberCenter, s)
    tap(await waitFor(() => button('登录会员')))
    await pickBirthDate('2999-01-01')
    tap(button('继续'))
    await waitFor(() =>
      expect(q('.member-birth__error')?.textContent).toBe('出生日期不能晚于今天。'),
    )
    expect(s.store.getState().birthDate).toBeNull()
  })

  it('§1.6 §12.2 under 14 sign-up leads to the guardian flow; until the guardian agrees nothing optional is granted or sent', async () => {
    const s = memberSetup({ backend: memberBackend({ birthDate: null }) })
    await open(MemberCenter, s)
    tap(await waitFor(() => button('登录会员')))
    const child = `${new Date().getUTCFullYear() - 10}-06-01`
    await pickBirthDate(child)
    tap(button('继续'))
    await waitFor(() => expect(s.nav.routes).toContainEqual({ page: 'guardian' }))
    expect(s.store.getState().birthDate).toBe(child)
    // The card stays, without the phone button: a child's phone waits for the guardian.
    await waitFor(() => expect(text()).toContain('您未满十四周岁'))
    expect(() => button('绑定微信手机号')).toThrow()
    // The child tries to turn on receipts and SMS marketing: neither counts, neither leaves.
    s.store.getState().recordChoice({
      purposeIds: ['receipt-photos', 'marketing-sms'],
      action: 'grant',
      source: 'consent-center',
    })
    expect(isGranted(s.store.getState(), 'receipt-photos')).toBe(false)
    expect(isGranted(s.store.getState(), 'marketing-sms')).toBe(false)
    await act(() => s.services.sync.flush())
    expect(s.backend.count('POST /v1/consents/events')).toBe(0)
    expect(s.backend.count('POST /v1/me/phone')).toBe(0)
    expect(s.backend.count('POST /v1/me/receipts')).toBe(0)
    tap(button('请监护人同意'))
    expect(s.nav.routes.filter((r) => r.page === 'guardian')).toHaveLength(2)
  })

  it('§1.6 a member known to the backend is not asked again', async () => {
    const s = memberSetup({ backend: memberBackend({ birthDate: '1985-01-20' }) })
    await open(MemberCenter, s)
    tap(await waitFor(() => button('登录会员')))
    await waitFor(() => expect(q('.member-card__points')).not.toBeNull())
    expect(s.store.getState().birthDate).toBe('1985-01-20')
    expect(text()).not.toContain('请选择出生日期')
  })
})

describe('member center (§3.1(b), §3.1(m))', () => {
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
    // §3.1(b): the backend gets WeChat's code, never a number the app typed.
    expect(s.backend.count('POST /v1/me/phone')).toBe(1)
    expect(s.backend.profileCalls.filter((b) => 'phone' in b)).toEqual([])
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
