/**
 * WeChat's privacy interfaces (隐私接口) and the ones this mini program uses: the one source for
 * app.json's `requiredPrivateInfos` and `permission` (src/app.config.ts), for the 用户隐私保护指引
 * INDIGO fills in on WeChat's console (scripts/privacy-guide.ts), and for the test that reads the
 * built output (test/weapp/privacy-declarations.test.ts). Data only; the rules that read it are
 * in src/domain/wechat-privacy.ts.
 *
 * Where the lists come from (WeChat's own documentation):
 * - the information types and their interfaces: 小程序用户隐私保护指引内容介绍, table
 *   "隐私接口与对应的处理的信息关系",
 *   https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html
 * - `requiredPrivateInfos` (the eight location interfaces; getFuzzyLocation is exclusive with
 *   the precise ones) and `permission` (scope.userLocation, `desc` at most 30 characters):
 *   app.json reference, https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html
 *   and the 2022-07-14 地理位置接口 notice. WeChat's compiler refuses both families together:
 *   "requiredPrivateInfos 'getFuzzyLocation' 与 'getLocation'、'onLocationChange'、
 *   'startLocationUpdate'、'startLocationUpdateBackground' 互斥".
 * - `privacyKey`: the same types as the third-party platform's setprivacysetting names them
 *   (only where WeChat's answers show the key).
 */
import type { WechatUsePurposeId } from './purpose-copy/wechat-use'
import type { RightsRequestType } from './rights-types'
import type { Bilingual } from './types'

/** How an interface shows in the built output. */
export type WechatPrivacyApi =
  /** wx.<name>(…) */
  | { readonly kind: 'call'; readonly name: string }
  /** wx.authorize({ scope }) */
  | { readonly kind: 'authorize'; readonly scope: string }
  /** <button open-type="…"> */
  | { readonly kind: 'open-type'; readonly name: string }
  /** <input type="…"> */
  | { readonly kind: 'input-type'; readonly name: string }
  /** a component such as <camera> */
  | { readonly kind: 'component'; readonly name: string }
  /** a method of an object a factory returns, e.g. RecorderManager.start */
  | {
      readonly kind: 'method'
      readonly owner: string
      readonly factory: string
      readonly name: string
    }

/**
 * The interfaces app.json `requiredPrivateInfos` lists (app.json reference): WeChat refuses a
 * call to one of them that is not declared ("the api need to be declared in the
 * requiredPrivateInfos field").
 */
export const requiredPrivateInfoNames = [
  'getFuzzyLocation',
  'getLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'chooseLocation',
  'choosePoi',
  'chooseAddress',
] as const
export type RequiredPrivateInfo = (typeof requiredPrivateInfoNames)[number]

/** One interface of WeChat's table, with the app.json permission it needs when used. */
export interface WechatPrivacyApiEntry {
  readonly api: WechatPrivacyApi
  /** app.json `permission` key whose `desc` WeChat shows when it asks for the scope. */
  readonly permission?: 'scope.userLocation'
}

/**
 * How WeChat's guide words the purpose of a type: 'consent' reads "为了{用途}，开发者将在获取你的
 * 明示同意后，{wording}。", 'use' reads "开发者{wording}，用于{用途}。" (as the console and the
 * guide shown to users render them). Given for the types this app uses.
 */
export type WechatGuideSentence = 'consent' | 'use'

export interface WechatInfoType {
  /** Our id; `privacyKey` is WeChat's, where known. */
  readonly id: string
  readonly privacyKey?: string
  /** The type as the console's form lists it, e.g. 位置信息. en: our translation. */
  readonly name: Bilingual
  /** The table's "处理的信息", exactly as WeChat writes it. en: our translation. */
  readonly wording: Bilingual
  readonly sentence?: WechatGuideSentence
  readonly apis: readonly WechatPrivacyApiEntry[]
}

const call = (name: string, more: Omit<WechatPrivacyApiEntry, 'api'> = {}) => ({
  api: { kind: 'call', name } as const,
  ...more,
})
const authorize = (scope: string, more: Omit<WechatPrivacyApiEntry, 'api'> = {}) => ({
  api: { kind: 'authorize', scope } as const,
  ...more,
})
const openType = (name: string) => ({ api: { kind: 'open-type', name } as const })
const component = (name: string) => ({ api: { kind: 'component', name } as const })

/** WeChat's table, every row: what the scanner looks for in the built output. */
export const wechatInfoTypes = [
  {
    id: 'user-info',
    privacyKey: 'UserInfo',
    name: { 'zh-CN': '微信昵称、头像', en: 'WeChat nickname and avatar' },
    wording: { 'zh-CN': '收集你的昵称、头像', en: 'collect your nickname and avatar' },
    sentence: 'consent',
    apis: [
      openType('chooseAvatar'),
      { api: { kind: 'input-type', name: 'nickname' } },
      // Withdrawn by WeChat (已回收) but still on its table: using them is still declared.
      call('getUserInfo'),
      call('getUserProfile'),
      openType('userInfo'),
      openType('getUserInfo'),
    ],
  },
  {
    id: 'location',
    privacyKey: 'Location',
    name: { 'zh-CN': '位置信息', en: 'Location' },
    wording: { 'zh-CN': '收集你的位置信息', en: 'collect your location information' },
    sentence: 'consent',
    apis: [
      authorize('scope.userLocation', { permission: 'scope.userLocation' }),
      authorize('scope.userLocationBackground', { permission: 'scope.userLocation' }),
      authorize('scope.userFuzzyLocation'),
      call('getLocation', { permission: 'scope.userLocation' }),
      call('startLocationUpdate', { permission: 'scope.userLocation' }),
      call('startLocationUpdateBackground', { permission: 'scope.userLocation' }),
      // Not in the guide's table, but one of the eight requiredPrivateInfos: it reads the
      // location startLocationUpdate collects.
      call('onLocationChange'),
      call('getFuzzyLocation'),
      {
        api: {
          kind: 'method',
          owner: 'MapContext',
          factory: 'createMapContext',
          name: 'moveToLocation',
        },
      },
    ],
  },
  {
    id: 'chosen-location',
    privacyKey: 'ChooseLocation',
    name: { 'zh-CN': '选择的位置信息', en: 'A location you choose' },
    wording: { 'zh-CN': '收集你选择的位置信息', en: 'collect the location you choose' },
    apis: [call('choosePoi'), call('chooseLocation')],
  },
  {
    id: 'address',
    privacyKey: 'Address',
    name: { 'zh-CN': '地址', en: 'Address' },
    wording: { 'zh-CN': '收集你的地址', en: 'collect your address' },
    apis: [call('chooseAddress')],
  },
  {
    id: 'invoice',
    privacyKey: 'Invoice',
    name: { 'zh-CN': '发票信息', en: 'Invoice details' },
    wording: { 'zh-CN': '收集你的发票信息', en: 'collect your invoice details' },
    apis: [call('chooseInvoiceTitle'), call('chooseInvoice')],
  },
  {
    id: 'werun',
    privacyKey: 'RunData',
    name: { 'zh-CN': '微信运动步数', en: 'WeRun steps' },
    wording: { 'zh-CN': '收集你的微信运动步数', en: 'collect your WeRun step count' },
    apis: [authorize('scope.werun'), call('getWeRunData')],
  },
  {
    id: 'phone-number',
    privacyKey: 'PhoneNumber',
    name: { 'zh-CN': '手机号', en: 'Phone number' },
    wording: { 'zh-CN': '收集你的手机号', en: 'collect your phone number' },
    sentence: 'consent',
    apis: [openType('getPhoneNumber'), openType('getRealtimePhoneNumber')],
  },
  {
    id: 'licence-plate',
    name: { 'zh-CN': '车牌号', en: 'Licence plate' },
    wording: { 'zh-CN': '收集你的车牌号', en: 'collect your licence plate number' },
    apis: [call('chooseLicensePlate')],
  },
  {
    id: 'album',
    privacyKey: 'Album',
    name: { 'zh-CN': '选中的照片或视频信息', en: 'Photos or videos you pick' },
    wording: {
      'zh-CN': '收集你选中的照片或视频信息',
      en: 'collect the photos or videos you pick',
    },
    sentence: 'use',
    apis: [call('chooseImage'), call('chooseMedia'), call('chooseVideo')],
  },
  {
    id: 'message-file',
    privacyKey: 'MessageFile',
    name: { 'zh-CN': '选中的文件', en: 'Files you pick' },
    wording: { 'zh-CN': '收集你选中的文件', en: 'collect the files you pick' },
    apis: [call('chooseMessageFile')],
  },
  {
    id: 'microphone',
    privacyKey: 'Record',
    name: { 'zh-CN': '麦克风', en: 'Microphone' },
    wording: { 'zh-CN': '访问你的麦克风', en: 'use your microphone' },
    apis: [
      authorize('scope.record'),
      call('startRecord'),
      {
        api: {
          kind: 'method',
          owner: 'RecorderManager',
          factory: 'getRecorderManager',
          name: 'start',
        },
      },
      component('live-pusher'),
      call('joinVoIPChat'),
    ],
  },
  {
    id: 'camera',
    privacyKey: 'Camera',
    name: { 'zh-CN': '摄像头', en: 'Camera' },
    wording: { 'zh-CN': '访问你的摄像头', en: 'use your camera' },
    sentence: 'consent',
    apis: [
      authorize('scope.camera'),
      call('createVKSession'),
      component('camera'),
      component('live-pusher'),
      component('voip-room'),
    ],
  },
  {
    id: 'bluetooth',
    privacyKey: 'BlueTooth',
    name: { 'zh-CN': '蓝牙', en: 'Bluetooth' },
    wording: { 'zh-CN': '访问你的蓝牙', en: 'use your Bluetooth' },
    apis: [
      authorize('scope.bluetooth'),
      call('openBluetoothAdapter'),
      call('createBLEPeripheralServer'),
    ],
  },
  {
    id: 'album-write',
    privacyKey: 'AlbumWriteOnly',
    name: { 'zh-CN': '相册（仅写入）权限', en: 'Photo album (write only)' },
    wording: {
      'zh-CN': '使用你的相册（仅写入）权限',
      en: 'use your photo album (write only)',
    },
    apis: [
      authorize('scope.writePhotosAlbum'),
      call('saveImageToPhotosAlbum'),
      call('saveVideoToPhotosAlbum'),
    ],
  },
  {
    id: 'contacts-write',
    name: { 'zh-CN': '通讯录（仅写入）权限', en: 'Contacts (write only)' },
    wording: {
      'zh-CN': '使用你的通讯录（仅写入）权限',
      en: 'use your contacts (write only)',
    },
    apis: [authorize('scope.addPhoneContact'), call('addPhoneContact')],
  },
  {
    id: 'calendar-write',
    name: { 'zh-CN': '日历（仅写入）权限', en: 'Calendar (write only)' },
    wording: {
      'zh-CN': '使用你的日历（仅写入）权限',
      en: 'use your calendar (write only)',
    },
    apis: [
      authorize('scope.addPhoneCalendar'),
      call('addPhoneRepeatCalendar'),
      call('addPhoneCalendar'),
    ],
  },
  {
    id: 'accelerometer',
    name: { 'zh-CN': '加速传感器', en: 'Accelerometer' },
    wording: { 'zh-CN': '调用你的加速传感器', en: 'use your accelerometer' },
    apis: [call('startAccelerometer')],
  },
  {
    id: 'compass',
    name: { 'zh-CN': '磁场传感器', en: 'Compass' },
    wording: { 'zh-CN': '调用你的磁场传感器', en: 'use your compass' },
    apis: [call('startCompass')],
  },
  {
    id: 'device-motion',
    name: { 'zh-CN': '方向传感器', en: 'Orientation sensor' },
    wording: { 'zh-CN': '调用你的方向传感器', en: 'use your orientation sensor' },
    apis: [call('startDeviceMotionListening')],
  },
  {
    id: 'gyroscope',
    name: { 'zh-CN': '陀螺仪传感器', en: 'Gyroscope' },
    wording: { 'zh-CN': '调用你的陀螺仪传感器', en: 'use your gyroscope' },
    apis: [call('startGyroscope')],
  },
  {
    id: 'clipboard',
    privacyKey: 'Clipboard',
    name: { 'zh-CN': '剪切板', en: 'Clipboard' },
    wording: { 'zh-CN': '读取你的剪切板', en: 'use your clipboard' },
    sentence: 'use',
    apis: [call('setClipboardData'), call('getClipboardData')],
  },
] as const satisfies readonly WechatInfoType[]

export type WechatInfoTypeId = (typeof wechatInfoTypes)[number]['id']

/**
 * app.json `requiredPrivateInfos` values that WeChat refuses together: the fuzzy location with
 * any precise one (its compiler: "'getFuzzyLocation' 与 'getLocation'… 互斥").
 */
export const exclusiveRequiredPrivateInfos: readonly (readonly [
  RequiredPrivateInfo,
  readonly RequiredPrivateInfo[],
])[] = [
  [
    'getFuzzyLocation',
    ['getLocation', 'onLocationChange', 'startLocationUpdate', 'startLocationUpdateBackground'],
  ],
]

/** Why a use is allowed: the purposes of the catalogue it serves, or a right it fulfils. */
export type WechatUseBasis =
  | { readonly purposes: readonly WechatUsePurposeId[] }
  | {
      /** §10.1 the user's own request: nothing is collected, so no purpose. */
      readonly right: RightsRequestType
      /** The phrase for WeChat's "用于…" and how long it is kept (there is no purpose copy). */
      readonly use: Bilingual
      readonly retention: Bilingual
    }

/** One privacy interface the app calls, and why. */
export interface WechatPrivacyUse {
  readonly infoType: WechatInfoTypeId
  readonly api: WechatPrivacyApi
  readonly basis: WechatUseBasis
  /** Where it is called and which feature calls it. */
  readonly calledFrom: readonly string[]
}

/**
 * Every privacy interface the built output uses. A test fails when the build calls one not
 * listed here or lists one it does not call (test/weapp/privacy-declarations.test.ts).
 */
export const wechatPrivacyUses: readonly WechatPrivacyUse[] = [
  {
    // §2.2(b)(i), §7.1: precise location, after its separate consent (§7.3).
    infoType: 'location',
    api: { kind: 'call', name: 'getLocation' },
    basis: { purposes: ['precise-location'] },
    calledFrom: ['src/services/wechat/location.ts — store finder, packages/member/pages/stores'],
  },
  {
    infoType: 'location',
    api: { kind: 'authorize', scope: 'scope.userLocation' },
    basis: { purposes: ['precise-location'] },
    calledFrom: [
      'src/services/wechat/permission-gate.ts via src/hooks/use-consent.ts — store finder',
    ],
  },
  {
    // The receipt photo taken with the camera needs scope.camera (the album needs none).
    infoType: 'camera',
    api: { kind: 'authorize', scope: 'scope.camera' },
    basis: { purposes: ['receipt-photos'] },
    calledFrom: [
      'src/services/wechat/permission-gate.ts via src/hooks/use-consent.ts — receipts, packages/member/pages/receipts',
    ],
  },
  {
    infoType: 'album',
    api: { kind: 'call', name: 'chooseMedia' },
    basis: { purposes: ['receipt-photos'] },
    calledFrom: ['src/services/wechat/media.ts — receipts, packages/member/pages/receipts'],
  },
  {
    // §2.1(b): the number WeChat verified, exchanged by the backend for the button's code.
    infoType: 'phone-number',
    api: { kind: 'open-type', name: 'getPhoneNumber' },
    basis: { purposes: ['phone-number'] },
    calledFrom: ['src/packages/member/pages/card/index.tsx — member card, phone binding'],
  },
  {
    infoType: 'clipboard',
    api: { kind: 'call', name: 'setClipboardData' },
    basis: {
      right: 'access-copy',
      use: {
        'zh-CN': '将您导出的个人信息和同意记录复制给您自行保存',
        en: 'copy the personal information and consent records you export, for you to keep',
      },
      retention: {
        'zh-CN': '只写入您要求复制的内容，不读取剪切板，也不保存。',
        en: 'We only write what you ask to copy; we never read the clipboard and keep nothing.',
      },
    },
    calledFrom: [
      'src/services/clipboard.ts — rights export (packages/rights/pages/export) and consent receipts (packages/about/pages/history)',
    ],
  },
]

/**
 * The start of app.json's permission `desc`, before the purposes' phrases
 * (./purpose-copy/wechat-use.ts); WeChat shows it when it asks for the scope (at most 30
 * characters in all).
 */
export const permissionDescPrefix: Readonly<Record<'scope.userLocation', string>> = {
  'scope.userLocation': '您的位置信息将用于',
}

/** WeChat's limit on a permission `desc` (app.json reference: 最长 30 个字符). */
export const PERMISSION_DESC_MAX = 30

/**
 * The console's 通知方式: how users learn that what is collected changed (§14.1). The app's
 * banner and its "隐私政策有更新" page (packages/choices/pages/what-changed) do it.
 */
export const guideNoticeMethod: Bilingual = {
  'zh-CN':
    '在小程序内以提示告知，并在“隐私政策有更新”页面列出变化的条款；变更涉及的用途在您重新同意前按“未同意”处理。',
  en: 'A banner in the mini program, and its "Our privacy policy changed" page listing the changed clauses; purposes a change touches count as not agreed until you agree again.',
}
