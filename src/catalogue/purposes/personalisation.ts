/**
 * Personalisation: automated decision making (§9), combining data across services (§3.6) and
 * research (§3.1(j)). §9.3(a) and §3.6 are asked on their own screens (separate consent).
 */
import type { Purpose } from '../types'

export const personalisationPurposes = [
  {
    id: 'personalised-push',
    group: 'personalisation',
    legalBasis: 'separate-consent',
    required: false,
    sensitive: false,
    separateConsent: true,
    defaultGranted: false,
    dataCategories: [
      'purchase-history',
      'points-and-coupons',
      'page-visits',
      'behaviour-info',
      'interest-tags',
    ],
    businessFunctions: ['wechat-mini-program', 'online-mall'],
    retention: { maxYears: 6 },
    deletesOnWithdrawal: ['interest-tags'],
    policyRefs: ['2.1(d)', '9.1', '9.2', '9.3', '9.3(a)', '9.3(b)'],
  },
  {
    id: 'combine-services',
    group: 'personalisation',
    legalBasis: 'separate-consent',
    required: false,
    sensitive: false,
    separateConsent: true,
    defaultGranted: false,
    dataCategories: [
      'phone-number',
      'purchase-history',
      'online-orders',
      'points-and-coupons',
      'parking-orders',
      'behaviour-info',
    ],
    businessFunctions: ['wechat-mini-program', 'online-mall', 'office-mini-program', 'mall-wifi'],
    retention: { maxYears: 6 },
    deletesOnWithdrawal: [],
    policyRefs: ['3.2', '3.6'],
  },
  {
    id: 'research-analysis',
    group: 'personalisation',
    legalBasis: 'consent',
    required: false,
    sensitive: false,
    separateConsent: false,
    defaultGranted: false,
    dataCategories: ['purchase-history', 'points-and-coupons', 'page-visits', 'behaviour-info'],
    businessFunctions: ['wechat-mini-program', 'online-mall'],
    retention: { maxYears: 6 },
    deletesOnWithdrawal: [],
    policyRefs: ['3.1(j)', '3.1(k)', '4.3'],
  },
] as const satisfies readonly Purpose[]
