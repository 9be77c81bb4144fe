import { act, waitFor } from '@testing-library/react'
import StoresPage from '../../src/packages/member/pages/stores/index'
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

const names = () => all('.stores__item .member-row__title').map((e) => e.textContent)

describe('store finder (§2.2(b))', () => {
  it('§4 works by building and floor without reading any location', async () => {
    const s = memberSetup()
    await open(StoresPage, s)
    await waitFor(() => expect(names().length).toBeGreaterThan(0))
    expect(text()).toContain('未使用位置信息')
    const floorB1 = all('.stores__chip--floor').find((c) => c.textContent === 'B1')
    tap(floorB1 ?? null)
    await waitFor(() => expect(names()).toEqual(['北面面馆', '绿色生鲜超市']))
    tap(all('.stores__chip').find((c) => c.textContent === '颐堤港一座') ?? null)
    await waitFor(() => expect(names()).toEqual(['一座咖啡角', '康宁药房']))
    expect(s.location.calls).toEqual([])
    expect(s.permissions.asked).toEqual([])
    expect(s.nav.routes).toEqual([])
  })

  it('§4 §7.3 precise location only after its separate consent and then scope.userLocation; nearest first', async () => {
    const s = memberSetup()
    await open(StoresPage, s)
    tap(await waitFor(() => button('用精确位置找附近门店')))
    await answerConsent(s, 'precise-location', 'agree')
    await waitFor(() => expect(text()).toContain('已按您的精确位置排序'))
    expect(s.permissions.asked).toEqual(['scope.userLocation'])
    expect(s.location.calls).toEqual(['precise'])
    // The fake position is Cloud Coffee's door at the main entrance.
    expect(names()[0]).toBe('云间咖啡')
    const metres = all('.stores__distance').map((d) => Number.parseInt(d.textContent ?? '', 10))
    expect(metres).toEqual([...metres].sort((a, b) => a - b))
    expect(all('.stores__distance').length).toBe(names().length)
  })

  it('§4 refusing precise location leaves the directory working and reads no location', async () => {
    const s = memberSetup()
    await open(StoresPage, s)
    tap(await waitFor(() => button('用精确位置找附近门店')))
    await answerConsent(s, 'precise-location', 'refuse')
    await waitFor(() => expect(text()).toContain('您未同意，此功能保持关闭'))
    expect(s.location.calls).toEqual([])
    expect(text()).toContain('未使用位置信息')
    expect(names().length).toBeGreaterThan(0)
  })

  it('§4 a refused WeChat permission after our consent reads no location and offers the settings', async () => {
    const s = memberSetup({ answer: () => false })
    decide(s, 'precise-location', 'grant')
    await open(StoresPage, s)
    tap(await waitFor(() => button('用精确位置找附近门店')))
    await waitFor(() => expect(text()).toContain('您拒绝了微信的授权'))
    expect(s.location.calls).toEqual([])
    tap(button('用精确位置找附近门店'))
    await waitFor(() => expect(text()).toContain('打开微信设置'))
    expect(s.permissions.asked).toEqual(['scope.userLocation'])
  })

  it('§2.2(b)(i) §7.1 the only location the finder asks for is precise, behind its separate consent: no approximate mode', async () => {
    const s = memberSetup()
    await open(StoresPage, s)
    const near = await waitFor(() => button('用精确位置找附近门店'))
    expect(all('.member-section .member-btn')).toEqual([near])
    expect(text()).not.toContain('大致位置')
    tap(near)
    await answerConsent(s, 'precise-location', 'agree')
    await waitFor(() => expect(text()).toContain('已按您的精确位置排序'))
    expect(s.permissions.asked).toEqual(['scope.userLocation'])
    expect(s.location.calls).toEqual(['precise'])
    // Distances are shown as measured: a precise fix has no "nearby" blur.
    expect(all('.stores__distance').every((d) => /米|公里/.test(d.textContent ?? ''))).toBe(true)
  })

  it('§5 withdrawing precise-location drops the location at once and says nothing was stored', async () => {
    const s = memberSetup()
    decide(s, 'precise-location', 'grant')
    await open(StoresPage, s)
    tap(await waitFor(() => button('用精确位置找附近门店')))
    await waitFor(() => expect(text()).toContain('已按您的精确位置排序'))
    decide(s, 'precise-location', 'withdraw')
    await waitFor(() => expect(text()).toContain('未使用位置信息'))
    expect(all('.stores__distance').length).toBe(0)
    await act(() => s.services.sync.flush())
    await waitFor(() => expect(text()).toContain('精确位置：未保存，无需删除'))
    expect(q('.deleted-notice') === null).toBe(false)
  })
})
