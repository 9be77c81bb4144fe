/**
 * The small rewards list members redeem points for (§2.1(c), §3.1(m); the membership-account
 * purpose: "earning and redeeming points"). Data only; the backend checks the balance.
 */
import type { Bilingual } from './types'

export interface Reward {
  readonly id: string
  readonly name: Bilingual
  readonly description: Bilingual
  readonly points: number
}

export const rewards: readonly Reward[] = [
  {
    id: 'coffee-voucher',
    name: { 'zh-CN': '咖啡券一张', en: 'Coffee voucher' },
    description: { 'zh-CN': '云间咖啡任意中杯饮品', en: 'Any regular drink at Cloud Coffee' },
    points: 150,
  },
  {
    id: 'parking-2h',
    name: { 'zh-CN': '2 小时停车券', en: '2-hour parking voucher' },
    description: { 'zh-CN': '颐堤港停车场通用', en: 'For the INDIGO car park' },
    points: 300,
  },
  {
    id: 'gift-card-50',
    name: { 'zh-CN': '50 元购物卡', en: '¥50 gift card' },
    description: { 'zh-CN': '颐堤港商场参与商户通用', en: 'At participating INDIGO Mall stores' },
    points: 1000,
  },
]

/** §3.1(m): points pay the car park too: 10 points per yuan of the fee. */
export const PARKING_POINTS_PER_YUAN = 10
