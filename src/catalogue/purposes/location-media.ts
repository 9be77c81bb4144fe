/**
 * Location (§2.2(b)) and what members upload or bind in the mini program: receipt photos and
 * licence plates (BF.wechat-mini-program). Each is asked on its own screen before the WeChat
 * permission or the upload, at the point of use.
 */
import type { Purpose } from '../types'

export const locationMediaPurposes = [
  {
    id: 'precise-location',
    group: 'location',
    legalBasis: 'separate-consent',
    required: false,
    sensitive: true,
    separateConsent: true,
    defaultGranted: false,
    dataCategories: ['precise-location'],
    businessFunctions: ['wechat-mini-program'],
    // Used on the spot and not stored: nothing to keep (§8.1 sets only the ceiling).
    retention: { maxYears: 0 },
    deletesOnWithdrawal: ['precise-location'],
    wechatScope: 'scope.userLocation',
    policyRefs: ['2.1(d)', '2.2(b)', '2.2(b)(i)', '2.2(b)(iii)', '7.1', '7.3'],
  },
  {
    id: 'approximate-location',
    group: 'location',
    legalBasis: 'consent',
    required: false,
    sensitive: false,
    separateConsent: false,
    defaultGranted: false,
    dataCategories: ['approximate-location'],
    businessFunctions: ['wechat-mini-program'],
    retention: { maxYears: 0 },
    deletesOnWithdrawal: ['approximate-location'],
    wechatScope: 'scope.userFuzzyLocation',
    policyRefs: ['2.1(d)', '2.2(b)', '2.2(b)(iii)'],
  },
  {
    id: 'receipt-photos',
    group: 'photos-plates',
    legalBasis: 'separate-consent',
    required: false,
    sensitive: false,
    separateConsent: true,
    defaultGranted: false,
    dataCategories: ['receipt-photos', 'purchase-history', 'shared-content-metadata'],
    businessFunctions: ['wechat-mini-program'],
    retention: { maxYears: 6 },
    deletesOnWithdrawal: ['receipt-photos'],
    // wx.chooseMedia with the camera as a source needs scope.camera (the album needs none).
    wechatScope: 'scope.camera',
    policyRefs: ['2.2(a)(v)', '3.1(m)', '7.2', 'BF.wechat-mini-program'],
  },
  {
    id: 'licence-plates',
    group: 'photos-plates',
    legalBasis: 'separate-consent',
    required: false,
    sensitive: false,
    separateConsent: true,
    defaultGranted: false,
    dataCategories: ['licence-plate', 'parking-orders'],
    businessFunctions: ['wechat-mini-program', 'office-mini-program'],
    retention: { maxYears: 6 },
    deletesOnWithdrawal: ['licence-plate'],
    policyRefs: ['2.1(c)', 'BF.wechat-mini-program', 'BF.office-mini-program'],
  },
] as const satisfies readonly Purpose[]
