/**
 * Location (§2.2(b)) and what members upload or bind in the mini program: receipt photos and
 * licence plates (BF.wechat-mini-program). Each is asked on its own screen before the WeChat
 * permission or the upload, at the point of use.
 *
 * Location is precise only (§2.2(b)(i), §7.1). The store finder orders the stores of INDIGO
 * mall and ONE INDIGO, one site a few hundred metres across, by distance. WeChat does not say
 * how far wx.getFuzzyLocation blurs; developers measure kilometres, about the district. Every
 * store would be equally "near": an approximate location would serve no function, so it is not
 * collected (PIPL Art. 6). WeChat also refuses an app.json that declares both families.
 * The former purpose "approximate-location" is retired: events that name it still load and
 * count for nothing (src/domain/ledger.ts); its name stays for the history
 * (../purpose-copy/names.ts, retiredPurposeNames).
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
    // The store finder sorts on the phone with it and drops it: never sent, never stored
    // (§8.1 sets only the ceiling).
    retention: { maxYears: 0 },
    deletesOnWithdrawal: ['precise-location'],
    wechatScope: 'scope.userLocation',
    policyRefs: ['2.1(d)', '2.2(b)', '2.2(b)(i)', '2.2(b)(iii)', '7.1', '7.3'],
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
