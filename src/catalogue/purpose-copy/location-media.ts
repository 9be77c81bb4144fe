/**
 * Location (§2.2(b)) and what members upload or bind in the mini program: receipt photos and
 * licence plates (BF.wechat-mini-program). Each is asked on its own screen before the WeChat
 * permission or the upload, at the point of use.
 *
 * The words for these purposes; their rules are in ../purposes/location-media.ts.
 */
import type { PurposeDetails } from '../types'
import type { locationMediaPurposes } from '../purposes/location-media'
import { recipientsIndigo, sixYears } from './shared'

export const locationMediaCopy = {
  'precise-location': {
    description: {
      'zh-CN':
        '在您点按门店查找中的“用精确位置找附近门店”时，获取一次您的精确位置，按距离为您排列颐堤港商场和颐堤港一座内的门店。仅在您点按时获取，不在后台持续收集。精确位置属于敏感个人信息，需要您的单独同意。',
      en: 'When you tap "Stores near me (precise)" in the store finder, we get your precise location once to list the stores of INDIGO mall and ONE INDIGO by distance. Only on that tap, never in the background. Precise location is sensitive personal information and needs your separate consent.',
    },
    retention: {
      'zh-CN': '仅在您的手机上用于本次排序，不发送给我们，也不保存。',
      en: 'Used on your phone for that one sort only; never sent to us and not stored.',
    },
    ifRefused: {
      'zh-CN':
        '您可以按楼栋和楼层查找门店；门店查询、浏览和其他服务不受影响。您也可以随时关闭手机定位来停止收集。',
      en: 'You find stores by building and floor instead. Finding stores, browsing and everything else still work. You can also stop collection at any time by turning off positioning.',
    },
    recipients: recipientsIndigo,
  },
  'receipt-photos': {
    description: {
      'zh-CN':
        '您拍摄或上传消费小票照片后，我们识别小票上的商户、金额和时间，为您补录会员积分。照片可能包含拍摄时间、地点等信息，请只拍摄小票本身。',
      en: 'When you take or upload a photo of a receipt, we read the merchant, amount and time on it to credit your points. A photo can carry when and where it was taken, so photograph only the receipt.',
    },
    retention: sixYears({
      'zh-CN': '小票照片在您撤回同意后立即删除；已获得的积分保留在您的会员账户中，',
      en: 'Receipt photos are deleted as soon as you withdraw; points already credited stay in your account.',
    }),
    ifRefused: {
      'zh-CN': '您无法通过上传小票积分，但仍可通过其他方式积分；其他会员服务和浏览不受影响。',
      en: 'You cannot earn points by uploading receipts, but you can still earn them in other ways. Other member services and browsing are not affected.',
    },
    recipients: recipientsIndigo,
  },
  'licence-plates': {
    description: {
      'zh-CN':
        '绑定您的车牌号码，用于电子停车：识别入场车辆、计算停车费、使用会员停车权益，以及颐堤港一座的月租停车服务。',
      en: 'We link your licence plate to your membership for e-parking: recognising your car at the gate, working out the fee, applying member parking benefits, and ONE INDIGO monthly parking.',
    },
    retention: sixYears({
      'zh-CN': '车牌号码在您撤回同意后立即删除；停车订单用于对账，',
      en: 'Your plates are deleted as soon as you withdraw; parking orders are kept for the accounts.',
    }),
    ifRefused: {
      'zh-CN': '您无法使用电子停车和会员停车权益，仍可按普通访客停车并缴费；其他服务不受影响。',
      en: 'You cannot use e-parking or member parking benefits, but you can still park and pay as a visitor. Nothing else is affected.',
    },
    recipients: {
      'zh-CN':
        '颐堤港，以及代表颐堤港运营停车场系统的受托服务商。我们不向第三方个人信息处理者提供您的个人信息。',
      en: 'INDIGO, and the car park system operator acting on our behalf. We do not provide it to third-party handlers.',
    },
  },
} as const satisfies Readonly<Record<(typeof locationMediaPurposes)[number]['id'], PurposeDetails>>
