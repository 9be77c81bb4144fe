/**
 * Cookies and log information on our web pages (§11.1-§11.4), and the guardian's separate
 * consent for a child under 14 (§1.6, §12).
 */
import type { Purpose } from '../types'

export const webMinorsPurposes = [
  {
    id: 'necessary-cookies',
    group: 'web',
    legalBasis: 'contract',
    required: true,
    sensitive: false,
    separateConsent: false,
    defaultGranted: false,
    dataCategories: ['essential-cookies', 'log-info', 'device-info'],
    businessFunctions: [],
    retention: { maxYears: 6 },
    deletesOnWithdrawal: [],
    policyRefs: ['2.2(a)', '11.1', '11.3', '11.4'],
  },
  {
    id: 'preference-cookies',
    group: 'web',
    legalBasis: 'consent',
    required: false,
    sensitive: false,
    separateConsent: false,
    defaultGranted: false,
    dataCategories: ['preference-cookies'],
    businessFunctions: [],
    retention: { maxYears: 6 },
    deletesOnWithdrawal: ['preference-cookies'],
    policyRefs: ['11.1', '11.2', '11.3'],
  },
  {
    id: 'guardian-consent',
    group: 'minors',
    legalBasis: 'separate-consent',
    required: false,
    sensitive: true,
    separateConsent: true,
    defaultGranted: false,
    dataCategories: ['minor-info', 'guardian-details'],
    businessFunctions: ['wechat-mini-program'],
    retention: { maxYears: 6 },
    deletesOnWithdrawal: ['minor-info', 'guardian-details'],
    policyRefs: ['1.6', '7.1', '7.3', '12.1', '12.2', '12.3'],
  },
] as const satisfies readonly Purpose[]
