/**
 * Chinese motor-vehicle licence plates (GA 36-2018), for parking (BF.wechat-mini-program,
 * §3.1: plates are collected only with the licence-plate consent). Pure.
 *
 * - Regular plates: province abbreviation + issuing-authority letter + 5 characters (7 in all);
 *   the last may be 学 / 警 / 挂 / 港 / 澳 / 领.
 * - New-energy plates: province + letter + 6 characters (8 in all):
 *   small vehicles: D (battery electric) or F (other new energy), then a letter or digit,
 *   then 4 digits (e.g. 粤B D12345, 京A DF1234);
 *   large vehicles: 5 digits then D or F (e.g. 沪A 12345F).
 * - The letters I and O are never used (they read as 1 and 0).
 * Input is normalised: full-width characters to half-width, spaces and dots removed, upper case.
 */
import { stripSeparators, toHalfWidth, type ValidationResult } from './normalise'

export const provinceAbbreviations = [
  '京',
  '津',
  '沪',
  '渝',
  '冀',
  '豫',
  '云',
  '辽',
  '黑',
  '湘',
  '皖',
  '鲁',
  '新',
  '苏',
  '浙',
  '赣',
  '鄂',
  '桂',
  '甘',
  '晋',
  '蒙',
  '陕',
  '吉',
  '闽',
  '贵',
  '粤',
  '青',
  '藏',
  '川',
  '宁',
  '琼',
] as const

export type PlateErrorCode =
  | 'plate-empty'
  | 'plate-bad-province'
  | 'plate-bad-authority'
  | 'plate-bad-length'
  | 'plate-letter-i-or-o'
  | 'plate-bad-characters'
  | 'plate-bad-new-energy'

export type PlateKind = 'regular' | 'new-energy-small' | 'new-energy-large'

const SERIAL_CHAR = /^[A-HJ-NP-Z0-9]$/
const SUFFIXES = new Set(['学', '警', '挂', '港', '澳', '领'])

export function normalisePlate(input: string): string {
  return stripSeparators(toHalfWidth(input).normalize('NFKC')).toUpperCase()
}

export function classifyPlate(plate: string): PlateKind | undefined {
  const r = validatePlate(plate)
  if (!r.ok) return undefined
  const serial = [...r.value].slice(2)
  if (serial.length === 5) return 'regular'
  return /^[DF]/.test(serial.join('')) ? 'new-energy-small' : 'new-energy-large'
}

export function validatePlate(input: unknown): ValidationResult<string, PlateErrorCode> {
  if (typeof input !== 'string') return { ok: false, code: 'plate-empty' }
  const s = normalisePlate(input)
  const chars = [...s]
  if (chars.length === 0) return { ok: false, code: 'plate-empty' }
  const [province, authority, ...serial] = chars
  if (!province || !(provinceAbbreviations as readonly string[]).includes(province)) {
    return { ok: false, code: 'plate-bad-province' }
  }
  if (authority === 'I' || authority === 'O') return { ok: false, code: 'plate-letter-i-or-o' }
  if (!authority || !/^[A-Z]$/.test(authority)) return { ok: false, code: 'plate-bad-authority' }
  if (serial.length !== 5 && serial.length !== 6) return { ok: false, code: 'plate-bad-length' }
  if (serial.some((c) => c === 'I' || c === 'O')) return { ok: false, code: 'plate-letter-i-or-o' }

  if (serial.length === 5) {
    const last = serial[4] ?? ''
    const head = SUFFIXES.has(last) ? serial.slice(0, 4) : serial
    if (!head.every((c) => SERIAL_CHAR.test(c))) return { ok: false, code: 'plate-bad-characters' }
    return { ok: true, value: s }
  }

  // 8 characters: a new-energy plate, with the D/F rules.
  if (!serial.every((c) => SERIAL_CHAR.test(c))) return { ok: false, code: 'plate-bad-characters' }
  const str = serial.join('')
  const small = /^[DF][A-HJ-NP-Z0-9]\d{4}$/.test(str)
  const large = /^\d{5}[DF]$/.test(str)
  if (!small && !large) return { ok: false, code: 'plate-bad-new-energy' }
  return { ok: true, value: s }
}

/** 京A12345 -> 京A***45: the only form a plate may take in logs. */
export function maskPlate(plate: string): string {
  const chars = [...plate]
  if (chars.length <= 4) return '*'.repeat(chars.length)
  return chars.slice(0, 2).join('') + '*'.repeat(chars.length - 4) + chars.slice(-2).join('')
}
