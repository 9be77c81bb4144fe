/**
 * Buildings, floors and stores for the store finder (§2.2(b)). Data only: the finder sorts
 * by distance when the user shares a location and filters by building and floor when not, so
 * it works without any location at all (§2.2(b), precise-location "if refused").
 * Coordinates are gcj02, as wx.getLocation returns them.
 */
import type { Bilingual } from './types'

export type BuildingId = 'indigo-mall' | 'one-indigo'

export interface Building {
  readonly id: BuildingId
  readonly name: Bilingual
  /** top to bottom, as a directory board lists them */
  readonly floors: readonly string[]
  readonly latitude: number
  readonly longitude: number
}

export type StoreCategory = 'dining' | 'fashion' | 'lifestyle' | 'services'

export interface Store {
  readonly id: string
  readonly name: Bilingual
  readonly category: StoreCategory
  readonly building: BuildingId
  readonly floor: string
  /** unit number on the directory board */
  readonly unit: string
  readonly hours: string
  readonly latitude: number
  readonly longitude: number
}

export const buildings: readonly Building[] = [
  {
    id: 'indigo-mall',
    name: { 'zh-CN': '颐堤港商场', en: 'INDIGO Mall' },
    floors: ['L4', 'L3', 'L2', 'L1', 'B1'],
    latitude: 39.9679,
    longitude: 116.4891,
  },
  {
    id: 'one-indigo',
    name: { 'zh-CN': '颐堤港一座', en: 'ONE INDIGO' },
    floors: ['L2', 'L1'],
    latitude: 39.9689,
    longitude: 116.4877,
  },
]

const mall = (floor: string, unit: string, dLat: number, dLng: number) =>
  ({
    building: 'indigo-mall',
    floor,
    unit,
    latitude: 39.9679 + dLat,
    longitude: 116.4891 + dLng,
  }) as const

const office = (floor: string, unit: string, dLat: number, dLng: number) =>
  ({
    building: 'one-indigo',
    floor,
    unit,
    latitude: 39.9689 + dLat,
    longitude: 116.4877 + dLng,
  }) as const

export const stores: readonly Store[] = [
  {
    id: 'cloud-coffee',
    name: { 'zh-CN': '云间咖啡', en: 'Cloud Coffee' },
    category: 'dining',
    hours: '08:00–22:00',
    ...mall('L1', 'L1-12', -0.0003, 0.0002),
  },
  {
    id: 'north-noodle',
    name: { 'zh-CN': '北面面馆', en: 'North Noodle House' },
    category: 'dining',
    hours: '10:30–21:30',
    ...mall('B1', 'B1-05', 0.0002, -0.0004),
  },
  {
    id: 'lakeside-grill',
    name: { 'zh-CN': '湖畔烧烤', en: 'Lakeside Grill' },
    category: 'dining',
    hours: '11:00–22:00',
    ...mall('L4', 'L4-20', 0.0004, 0.0005),
  },
  {
    id: 'linen-and-thread',
    name: { 'zh-CN': '麻与线', en: 'Linen & Thread' },
    category: 'fashion',
    hours: '10:00–22:00',
    ...mall('L2', 'L2-08', -0.0001, 0.0006),
  },
  {
    id: 'stride-sports',
    name: { 'zh-CN': '步履运动', en: 'Stride Sports' },
    category: 'fashion',
    hours: '10:00–22:00',
    ...mall('L3', 'L3-15', 0.0003, -0.0002),
  },
  {
    id: 'paper-garden',
    name: { 'zh-CN': '纸上花园书店', en: 'Paper Garden Books' },
    category: 'lifestyle',
    hours: '10:00–21:00',
    ...mall('L3', 'L3-02', -0.0004, -0.0003),
  },
  {
    id: 'green-market',
    name: { 'zh-CN': '绿色生鲜超市', en: 'Green Market' },
    category: 'lifestyle',
    hours: '08:00–22:00',
    ...mall('B1', 'B1-01', -0.0002, 0.0001),
  },
  {
    id: 'member-desk',
    name: { 'zh-CN': '会员服务台', en: 'Member Service Desk' },
    category: 'services',
    hours: '10:00–22:00',
    ...mall('L1', 'L1-01', 0, 0),
  },
  {
    id: 'tower-cafe',
    name: { 'zh-CN': '一座咖啡角', en: 'Tower Café' },
    category: 'dining',
    hours: '07:30–19:00',
    ...office('L1', 'T1-03', 0.0001, 0.0001),
  },
  {
    id: 'tower-pharmacy',
    name: { 'zh-CN': '康宁药房', en: 'Kangning Pharmacy' },
    category: 'services',
    hours: '08:00–20:00',
    ...office('L2', 'T2-06', -0.0001, 0.0002),
  },
]

export const buildingById = Object.fromEntries(buildings.map((b) => [b.id, b])) as Readonly<
  Record<BuildingId, Building>
>
