/**
 * Cookies and log information on our web pages (§11.1-§11.4), and the guardian's separate
 * consent for a child under 14 (§1.6, §12).
 *
 * The words for these purposes; their rules are in ../purposes/web-minors.ts.
 */
import type { PurposeDetails } from '../types'
import type { webMinorsPurposes } from '../purposes/web-minors'
import { recipientsIndigo, sixYears } from './shared'

export const webMinorsCopy = {
  'necessary-cookies': {
    description: {
      'zh-CN':
        '您访问我们的网页时，我们使用必要的Cookie保持登录和会话，并记录IP地址、浏览器类型、域名和访问时间等日志信息，用于内部研究、保障网页正常运行，以及防范滥用和违法行为。',
      en: 'When you visit our web pages, necessary cookies keep you signed in and your session going, and we log your IP address, browser type, domain and access time for internal research, to keep the pages working and to deter abuse and crime.',
    },
    retention: {
      'zh-CN':
        '会话Cookie在会话结束时失效；日志信息自您最后一次访问之日起最长保存六年，期满后删除或匿名化处理。',
      en: 'Session cookies expire when the session ends. Log information is kept at most six years from your last visit, then deleted or anonymised.',
    },
    ifRefused: {
      'zh-CN': '如您在浏览器中禁用必要的Cookie，网页可能无法正常运行。',
      en: 'If you block necessary cookies in your browser, the pages may not work properly.',
    },
    recipients: recipientsIndigo,
  },
  'preference-cookies': {
    description: {
      'zh-CN': '在网页上记住您的选择和偏好（如您查询过的内容），让您下次访问时获得更合适的体验。',
      en: 'Remember your choices and preferences on our web pages (such as what you looked up) so that your next visit suits you better.',
    },
    retention: sixYears({
      'zh-CN': '您撤回同意后删除；',
      en: 'Deleted when you withdraw.',
    }),
    ifRefused: {
      'zh-CN': '网页不会记住您的偏好，每次访问需要重新选择；浏览不受影响。',
      en: 'The pages do not remember your preferences, so you choose again each visit. Browsing is not affected.',
    },
    recipients: recipientsIndigo,
  },
  'guardian-consent': {
    description: {
      'zh-CN':
        '如您未满十四周岁，我们只有在您的监护人阅读本隐私政策并作出单独同意后，才会处理您的个人信息。监护人需要验证身份并提供其信息。未满十四周岁未成年人的个人信息属于敏感个人信息，仅在中国大陆境内处理和保存。',
      en: 'If you are under 14, we process your personal information only after your guardian has read this policy and given separate consent. Your guardian verifies their identity and gives us their details. Personal information of a child under 14 is sensitive and is processed and kept only in the Chinese Mainland.',
    },
    retention: sixYears({
      'zh-CN': '监护人撤回同意后，未成年人的个人信息和监护人信息立即删除；',
      en: "When the guardian withdraws, the child's and the guardian's information is deleted at once.",
    }),
    ifRefused: {
      'zh-CN': '未满十四周岁的用户无法注册会员或使用需要个人信息的服务，但仍可浏览。',
      en: 'A child under 14 cannot become a member or use services that need personal information, but can still browse.',
    },
    recipients: {
      'zh-CN':
        '颐堤港，以及仅代表颐堤港处理、位于中国大陆境内的受托服务商。我们不向第三方个人信息处理者提供您的个人信息。',
      en: 'INDIGO, and service providers in the Chinese Mainland acting only on our behalf. Not provided to third-party handlers.',
    },
  },
} as const satisfies Readonly<Record<(typeof webMinorsPurposes)[number]['id'], PurposeDetails>>
