/**
 * ONE INDIGO office (BF.office-mini-program, BF.office-turnstile) and the mall WiFi
 * (BF.mall-wifi, §11.5). Face recognition and WiFi tracking involve sensitive personal
 * information (§7.1) and are asked separately (§7.3).
 */
import type { Purpose } from '../types'

export const officeWifiPurposes = [
  {
    id: 'office-membership',
    group: 'office',
    legalBasis: 'contract',
    required: true,
    sensitive: false,
    separateConsent: false,
    defaultGranted: false,
    dataCategories: [
      'phone-number',
      'enterprise-title',
      'enterprise-email-suffix',
      'visitor-details',
    ],
    businessFunctions: ['office-mini-program', 'office-turnstile'],
    retention: { maxYears: 6 },
    deletesOnWithdrawal: [],
    policyRefs: ['3.8(a)', 'BF.office-mini-program', 'BF.office-turnstile'],
  },
  {
    id: 'face-recognition',
    group: 'office',
    legalBasis: 'separate-consent',
    required: false,
    sensitive: true,
    separateConsent: true,
    defaultGranted: false,
    dataCategories: ['face-image'],
    businessFunctions: ['office-turnstile'],
    retention: { maxYears: 6 },
    deletesOnWithdrawal: ['face-image'],
    wechatScope: 'scope.camera',
    policyRefs: ['7.1', '7.2', '7.3', 'BF.office-turnstile'],
  },
  {
    id: 'wifi-access',
    group: 'wifi',
    legalBasis: 'contract',
    required: true,
    sensitive: false,
    separateConsent: false,
    defaultGranted: false,
    dataCategories: ['phone-number', 'wifi-mac-address'],
    businessFunctions: ['mall-wifi'],
    retention: { maxYears: 6 },
    deletesOnWithdrawal: [],
    policyRefs: ['3.8(a)', 'BF.mall-wifi'],
  },
  {
    id: 'wifi-tracking',
    group: 'wifi',
    legalBasis: 'separate-consent',
    required: false,
    // §7.1: a person's movements through the property are location tracking information.
    sensitive: true,
    separateConsent: true,
    defaultGranted: false,
    dataCategories: ['wifi-mac-address', 'in-property-movements'],
    businessFunctions: ['mall-wifi'],
    retention: { maxYears: 6 },
    deletesOnWithdrawal: ['in-property-movements'],
    policyRefs: ['7.1', '7.3', '11.5', 'BF.mall-wifi'],
  },
] as const satisfies readonly Purpose[]
