/**
 * Log masking (§5, §6: logs must not leak personal information): phones become 138****1234,
 * plates 京A***45, tokens and codes are cut. Applied to every string a log line carries.
 */
import { maskPhone } from '../../../src/domain/validators/phone'
import { maskPlate, provinceAbbreviations } from '../../../src/domain/validators/plate'

const PHONE = /(?<!\d)(?:\+?86)?(1[3-9]\d{9})(?!\d)/g
const PLATE = new RegExp(
  `[${provinceAbbreviations.join('')}][A-Z][A-Z0-9]{4,5}[A-Z0-9挂学警港澳领]`,
  'g',
)
const TOKEN_PARAM = /((?:token|code|verificationToken)=)[^&\s"]+/gi
const BEARER = /(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi
const MOCK_CODE = /(mock:[^:\s"]{0,64}:)[^\s"]+/g

export function maskString(s: string): string {
  return s
    .replace(BEARER, '$1***')
    .replace(TOKEN_PARAM, '$1***')
    .replace(MOCK_CODE, '$1***')
    .replace(PHONE, (_m, p: string) => maskPhone(p))
    .replace(PLATE, (m) => maskPlate(m))
}

export function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskString(value)
  if (depth > 4 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1))
  // Only plain objects are copied; requests, replies and errors go to their serializers.
  if (Object.getPrototypeOf(value) !== Object.prototype) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] = /^(authorization|token|cookie|secret|verificationToken|imageBase64)$/i.test(k)
      ? '***'
      : maskDeep(v, depth + 1)
  }
  return out
}
