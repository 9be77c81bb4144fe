/**
 * Errors as values at the edge: every bad input gets a 4xx with a stable code and a clear
 * message in both languages (zh-CN prevails, §15.1). Never a 5xx for the client's mistakes.
 */
import { purposeNameById } from '../../../src/catalogue/purpose-copy/names'
import type { Bilingual } from '../../../src/catalogue/types'

export interface ApiError {
  readonly status: number
  readonly code: string
  readonly message: Bilingual
  readonly details?: unknown
}

export const apiError = (
  status: number,
  code: string,
  zh: string,
  en: string,
  details?: unknown,
): ApiError =>
  details === undefined
    ? { status, code, message: { 'zh-CN': zh, en } }
    : { status, code, message: { 'zh-CN': zh, en }, details }

export const errors = {
  badJson: () =>
    apiError(
      400,
      'malformed-json',
      '请求体不是有效的 JSON。',
      'The request body is not valid JSON.',
    ),
  validation: (details: unknown) =>
    apiError(
      400,
      'validation-failed',
      '请求内容不符合要求，请检查后重试。',
      'The request is invalid; please check the fields and try again.',
      details,
    ),
  unsupportedMedia: () =>
    apiError(
      415,
      'unsupported-media-type',
      '仅接受 application/json 格式的请求体。',
      'Only application/json request bodies are accepted.',
    ),
  tooLarge: () => apiError(413, 'body-too-large', '请求体过大。', 'The request body is too large.'),
  unauthorised: () => apiError(401, 'unauthorised', '请先登录。', 'Please log in first.'),
  adminOnly: () =>
    apiError(401, 'admin-token-required', '需要管理员令牌。', 'An admin token is required.'),
  notFound: () => apiError(404, 'not-found', '未找到该内容。', 'Not found.'),
  rateLimited: (retryAfterS: number) =>
    apiError(
      429,
      'rate-limited',
      `操作过于频繁，请 ${retryAfterS} 秒后再试。`,
      `Too many attempts; try again in ${retryAfterS} s.`,
      { retryAfterSeconds: retryAfterS },
    ),
  consentRequired: (purposeId: string) => {
    // Name the purpose as the consent center does, not by its id.
    const name = purposeNameById[purposeId]
    return apiError(
      403,
      'consent-required',
      `需要您先同意「${name?.['zh-CN'] ?? purposeId}」。`,
      `This needs your consent to "${name?.en ?? purposeId}" first.`,
      { purposeId },
    )
  },
  conflict: (code: string, zh: string, en: string, details?: unknown) =>
    apiError(409, code, zh, en, details),
  bad: (code: string, zh: string, en: string, details?: unknown) =>
    apiError(400, code, zh, en, details),
  internal: () => apiError(500, 'internal-error', '服务器内部错误。', 'Internal server error.'),
} as const

/** Messages for the shared validators' codes (plates, phones, emails). */
export const validatorMessages: Readonly<Record<string, Bilingual>> = {
  'plate-empty': { 'zh-CN': '请输入车牌号。', en: 'Please enter a licence plate.' },
  'plate-bad-province': {
    'zh-CN': '车牌号须以省份简称开头（如“京”）。',
    en: 'A plate starts with a province abbreviation (e.g. 京).',
  },
  'plate-bad-authority': {
    'zh-CN': '省份简称后须为一个字母。',
    en: 'The province is followed by one letter.',
  },
  'plate-bad-length': {
    'zh-CN': '车牌号应为 7 位，新能源车牌为 8 位。',
    en: 'A plate has 7 characters, a new-energy plate 8.',
  },
  'plate-letter-i-or-o': {
    'zh-CN': '车牌号不使用字母 I 和 O。',
    en: 'Plates never use the letters I and O.',
  },
  'plate-bad-characters': {
    'zh-CN': '车牌号含有无效字符。',
    en: 'The plate contains invalid characters.',
  },
  'plate-bad-new-energy': {
    'zh-CN': '新能源车牌须以 D/F 开头（小型车）或结尾（大型车）。',
    en: 'A new-energy plate starts (small vehicles) or ends (large vehicles) with D or F.',
  },
  'phone-empty': { 'zh-CN': '请输入手机号码。', en: 'Please enter a mobile number.' },
  'phone-not-digits': { 'zh-CN': '手机号码只能包含数字。', en: 'A mobile number has digits only.' },
  'phone-bad-length': { 'zh-CN': '手机号码应为 11 位。', en: 'A mobile number has 11 digits.' },
  'phone-bad-prefix': {
    'zh-CN': '请输入有效的中国大陆手机号码。',
    en: 'Please enter a valid mainland China mobile number.',
  },
  'email-empty': { 'zh-CN': '请输入电子邮箱。', en: 'Please enter an email address.' },
  'email-too-long': { 'zh-CN': '电子邮箱过长。', en: 'The email address is too long.' },
  'email-bad-format': { 'zh-CN': '电子邮箱格式不正确。', en: 'The email address is not valid.' },
  'email-bad-domain': { 'zh-CN': '电子邮箱的域名不正确。', en: 'The email domain is not valid.' },
}

export const validatorError = (code: string): ApiError => {
  const m = validatorMessages[code] ?? { 'zh-CN': '输入无效。', en: 'Invalid input.' }
  return { status: 400, code, message: m }
}
