import { act, waitFor } from '@testing-library/react'
import ReceiptsPage from '../../src/packages/member/pages/receipts/index'
import { PENDING_UPLOAD_KEY } from '../../src/hooks/use-member-receipts'
import { isGranted } from '../../src/store/selectors'
import { todayInBeijing } from '../support/dates'
import { unmountAll } from '../support/render'
import {
  answerConsent,
  button,
  decide,
  memberSetup,
  open,
  q,
  tap,
  text,
  typeAmount,
} from './member-helpers'

/**
 * A member with the receipt consent picks a photo for `amount` yuan and the upload does not
 * get through (`fail` makes it fail): the receipt waits on the device to be sent.
 */
async function leaveUnsentReceipt(
  amount: string,
  fail: (s: ReturnType<typeof memberSetup>) => void,
) {
  const s = memberSetup()
  decide(s, 'receipt-photos', 'grant')
  await open(ReceiptsPage, s)
  await typeAmount(amount)
  await act(() => s.services.sync.flush())
  fail(s)
  tap(await waitFor(() => q('.receipts__album')))
  await waitFor(() => expect(text()).toContain('待确认'))
  return s
}

describe('points from receipts (§2.1(c))', () => {
  it('§7.3 a receipt cannot be uploaded without its separate consent', async () => {
    const s = memberSetup()
    await open(ReceiptsPage, s)
    await waitFor(() => expect(text()).toContain('此功能未开启'))
    expect(q('.receipts__camera')).toBeNull()
    expect(q('.receipts__album')).toBeNull()
    // Refusing on the consent screen keeps it off: no photo is picked, nothing is uploaded.
    tap(button('了解并开启'))
    await answerConsent(s, 'receipt-photos', 'refuse')
    await waitFor(() => expect(text()).toContain('您未同意，此功能保持关闭'))
    expect(s.media.chosen).toEqual([])
    expect(s.backend.count('POST /v1/me/receipts')).toBe(0)
    expect(isGranted(s.store.getState(), 'receipt-photos')).toBe(false)
  })

  it('§2 after the consent on its own screen (and scope.camera) a camera photo uploads with progress, pending until approved', async () => {
    const s = memberSetup()
    await open(ReceiptsPage, s)
    tap(await waitFor(() => button('了解并开启')))
    await answerConsent(s, 'receipt-photos', 'agree')
    await waitFor(() => expect(q('.receipts__camera')).not.toBeNull())
    await typeAmount('128.50')
    const release = s.backend.hold('POST /v1/me/receipts')
    tap(q('.receipts__camera'))
    // While the upload is on its way: the stage and a bar part-way along.
    await waitFor(() => expect(q('.receipts__stage')?.textContent).toBe('正在上传…'))
    const width = Number.parseInt(q('.receipts__fill')?.style.width ?? '0', 10)
    expect(width).toBeGreaterThanOrEqual(40)
    expect(width).toBeLessThan(100)
    expect(q('.receipts__camera')?.hasAttribute('disabled')).toBe(true)
    release()
    await waitFor(() =>
      expect(text()).toContain('上传成功，小票审核中。审核通过后将获得 128 积分。'),
    )
    expect(s.media.chosen).toEqual(['camera'])
    // wx.chooseMedia with the camera needs WeChat's scope.camera, asked after the consent.
    expect(s.permissions.asked).toEqual(['scope.camera'])
    expect(s.backend.receipts).toEqual([
      expect.objectContaining({ amountFen: 12_850, storeName: '云间咖啡', status: 'pending' }),
    ])
    // Pending: shown as being checked, and no points yet.
    await waitFor(() => expect(q('.receipts__status--pending')?.textContent).toBe('审核中'))
    // Bought today by default (Beijing, on the clock the page reads): the line shows its MM-DD.
    const today = todayInBeijing()
    expect(text()).toContain(`消费日期${today}`)
    expect(text()).toContain(`¥128.50 · ${today.slice(5)}`)
    expect(text()).not.toContain('+128 积分')
    expect(text()).toContain('审核通过后获得 128 积分')
    expect(s.backend.balance()).toBe(0)
  })

  it('§2 the app shows approved (points credited) and rejected (with the reason) after the review', async () => {
    const s = memberSetup()
    decide(s, 'receipt-photos', 'grant')
    await open(ReceiptsPage, s)
    await typeAmount('88')
    tap(await waitFor(() => q('.receipts__album')))
    await waitFor(() => expect(text()).toContain('上传成功'))
    await typeAmount('12')
    tap(await waitFor(() => q('.receipts__album')))
    await waitFor(() => expect(s.backend.receipts).toHaveLength(2))
    const [first, second] = s.backend.receipts
    s.backend.review(first!.id, 'approve')
    s.backend.review(second!.id, 'reject', { 'zh-CN': '小票模糊。', en: 'Blurred.' })
    unmountAll()
    await open(ReceiptsPage, s)
    await waitFor(() => expect(q('.receipts__status--approved')?.textContent).toBe('已积分'))
    expect(q('.receipts__status--rejected')?.textContent).toBe('未通过')
    expect(text()).toContain('未通过：小票模糊。')
    expect(text()).toContain('¥88.00 · +88 积分')
    expect(text()).not.toContain('+12 积分')
    expect(s.backend.balance()).toBe(88)
  })

  it('§2 an amount is required before a photo is picked', async () => {
    const s = memberSetup()
    decide(s, 'receipt-photos', 'grant')
    await open(ReceiptsPage, s)
    tap(await waitFor(() => q('.receipts__album')))
    await waitFor(() => expect(text()).toContain('请填写正确的消费金额'))
    expect(s.media.chosen).toEqual([])
    // WCAG 4.1.2: the amount field is named by its visible label, not by its placeholder.
    expect(q('.receipts__input input')?.getAttribute('aria-label')).toBe('消费金额（元）')
  })

  it('§2 a failed upload stays pending and its retry uploads it once', async () => {
    const s = memberSetup()
    decide(s, 'receipt-photos', 'grant')
    await open(ReceiptsPage, s)
    await typeAmount('20')
    s.backend.dropNext('POST /v1/me/receipts')
    tap(await waitFor(() => q('.receipts__album')))
    await waitFor(() => expect(text()).toContain('待确认'))
    expect(text()).toContain('网络不可用')
    tap(await waitFor(() => q('.receipts__item--pending .member-link')))
    await waitFor(() =>
      expect(text()).toContain('上传成功，小票审核中。审核通过后将获得 20 积分。'),
    )
    expect(s.backend.receipts).toHaveLength(1)
    expect(text()).not.toContain('待确认')
  })

  it('§2 a retry after a lost answer sends the same upload key: one receipt', async () => {
    const s = memberSetup()
    decide(s, 'receipt-photos', 'grant')
    await open(ReceiptsPage, s)
    await typeAmount('30')
    await act(() => s.services.sync.flush())
    s.backend.loseAnswers(1)
    tap(await waitFor(() => q('.receipts__album')))
    await waitFor(() => expect(text()).toContain('待确认'))
    tap(await waitFor(() => q('.receipts__item--pending .member-link')))
    await waitFor(() =>
      expect(text()).toContain('上传成功，小票审核中。审核通过后将获得 30 积分。'),
    )
    expect(s.backend.count('POST /v1/me/receipts')).toBe(2)
    const [key, again] = s.backend.uploadKeys
    expect(again).toBe(key)
    expect(s.backend.receipts).toHaveLength(1)
  })

  it('§2 the upload key outlives the app being killed: after a restart the retry is the same upload', async () => {
    const s = await leaveUnsentReceipt('40', (s) => s.backend.dropNext('POST /v1/me/receipts'))
    const kept = JSON.parse(s.services.storage.getItem(PENDING_UPLOAD_KEY) ?? '{}')
    expect(kept.uploadKey).toMatch(/^rcp-/)
    // Killed and started again: the unsent receipt is still there, with its key.
    unmountAll()
    await open(ReceiptsPage, s)
    tap(await waitFor(() => q('.receipts__item--pending .member-link')))
    await waitFor(() => expect(text()).toContain('上传成功'))
    expect(s.backend.uploadKeys).toEqual([kept.uploadKey])
    expect(s.services.storage.getItem(PENDING_UPLOAD_KEY)).toBeNull()
  })

  it('§5 a photo kept from before a withdrawal made elsewhere is dropped, not sent after a new grant', async () => {
    const s = await leaveUnsentReceipt('40', (s) => s.backend.dropNext('POST /v1/me/receipts'))
    expect(s.services.storage.getItem(PENDING_UPLOAD_KEY)).not.toBeNull()
    // Killed; the consent is withdrawn in the consent center, then granted again.
    unmountAll()
    decide(s, 'receipt-photos', 'withdraw')
    await open(ReceiptsPage, s)
    expect(s.services.storage.getItem(PENDING_UPLOAD_KEY)).toBeNull()
    decide(s, 'receipt-photos', 'grant')
    await waitFor(() => expect(q('.receipts__album')).not.toBeNull())
    expect(q('.receipts__item--pending')).toBeNull()
    expect(s.backend.uploadKeys).toEqual([])
  })

  it('§2 an upload that landed before the app was killed is found by its key: not sent again', async () => {
    const s = await leaveUnsentReceipt('50', (s) => s.backend.loseAnswers(1))
    unmountAll()
    await open(ReceiptsPage, s)
    await waitFor(() => expect(q('.receipts__status--pending')).not.toBeNull())
    expect(text()).not.toContain('待上传')
    expect(s.services.storage.getItem(PENDING_UPLOAD_KEY)).toBeNull()
    expect(s.backend.count('POST /v1/me/receipts')).toBe(1)
  })

  it('§5 withdrawing the consent turns uploads off at once and shows the photos the backend deleted', async () => {
    const s = memberSetup()
    decide(s, 'receipt-photos', 'grant')
    await open(ReceiptsPage, s)
    await typeAmount('66')
    tap(await waitFor(() => q('.receipts__camera')))
    await waitFor(() => expect(text()).toContain('上传成功'))
    s.backend.review(s.backend.receipts[0]!.id, 'approve')
    decide(s, 'receipt-photos', 'withdraw')
    // At once, before the server has heard of it: the upload is gone.
    await waitFor(() => expect(q('.receipts__camera')).toBeNull())
    expect(text()).toContain('此功能未开启')
    await act(() => s.services.sync.flush())
    await waitFor(() => expect(text()).toContain('您已撤回同意，我们已删除：'))
    expect(text()).toContain('小票照片：1 项')
    await waitFor(() => expect(text()).toContain('照片已删除'))
    // The approved points stay: a receipt is a transaction (§8.1).
    expect(text()).toContain('+66 积分')
    expect(s.backend.balance()).toBe(66)
    tap(button('知道了'))
    await waitFor(() => expect(text()).not.toContain('您已撤回同意'))
  })
})
