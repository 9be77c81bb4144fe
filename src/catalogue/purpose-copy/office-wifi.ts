/**
 * ONE INDIGO office (BF.office-mini-program, BF.office-turnstile) and the mall WiFi
 * (BF.mall-wifi, §11.5). Face recognition and WiFi tracking involve sensitive personal
 * information (§7.1) and are asked separately (§7.3).
 *
 * The words for these purposes; their rules are in ../purposes/office-wifi.ts.
 */
import type { PurposeDetails } from '../types'
import type { officeWifiPurposes } from '../purposes/office-wifi'
import { recipientsIndigo, sixYears } from './shared'

export const officeWifiCopy = {
  'office-membership': {
    description: {
      'zh-CN':
        '使用您的手机号码、所在企业名称和企业邮箱后缀，确认您是颐堤港一座的办公会员，为您提供会员礼遇、月租停车和大堂通行，并为您邀请的访客登记通行。',
      en: 'We use your phone number, enterprise title and enterprise email suffix to confirm you work at ONE INDIGO, to give you member privileges, monthly parking and lobby passes, and to register the visitors you invite.',
    },
    retention: sixYears({
      'zh-CN': '您在颐堤港一座办公期间保存；',
      en: 'Kept while you work at ONE INDIGO.',
    }),
    ifRefused: {
      'zh-CN': '您无法使用颐堤港一座办公会员服务；颐堤港的其他服务和浏览不受影响。',
      en: 'You cannot use ONE INDIGO office membership. Other INDIGO services and browsing are not affected.',
    },
    recipients: recipientsIndigo,
  },
  'face-recognition': {
    description: {
      'zh-CN':
        '经您单独同意，采集您的人脸图像并生成人脸识别特征，用于颐堤港一座办公楼闸机的刷脸通行。人脸信息属于生物识别信息，是敏感个人信息。',
      en: 'With your separate consent we take your face image and create face recognition data so that you can pass the ONE INDIGO office turnstiles by face. Face data is biometric, sensitive personal information.',
    },
    retention: sixYears({
      'zh-CN': '您撤回同意或不再在颐堤港一座办公时立即删除；',
      en: 'Deleted as soon as you withdraw or stop working at ONE INDIGO.',
    }),
    ifRefused: {
      'zh-CN': '您仍可通过其他方式（如二维码）通过闸机；其他服务不受影响。',
      en: 'You can still pass the turnstiles another way (such as a QR code). Nothing else is affected.',
    },
    recipients: {
      'zh-CN':
        '颐堤港，以及代表颐堤港运营门禁闸机系统的受托服务商。我们不向第三方个人信息处理者提供您的人脸信息。',
      en: 'INDIGO, and the access control operator acting on our behalf. We do not provide your face data to third-party handlers.',
    },
  },
  'wifi-access': {
    description: {
      'zh-CN': '您连接商场WiFi时，我们使用您的手机号码验证身份，并使用设备MAC地址为您保持连接。',
      en: 'When you connect to the mall WiFi we verify you with your phone number and use your device MAC address to keep you connected.',
    },
    retention: sixYears({
      'zh-CN': '用于提供WiFi连接及依法留存上网记录；',
      en: 'Used to provide the connection and keep the access records the law requires.',
    }),
    ifRefused: {
      'zh-CN': '您无法使用商场WiFi；其他服务不受影响。',
      en: 'You cannot use the mall WiFi. Nothing else is affected.',
    },
    recipients: {
      'zh-CN':
        '颐堤港，以及代表颐堤港运营WiFi网络的受托服务商。我们不向第三方个人信息处理者提供您的个人信息。',
      en: 'INDIGO, and the WiFi network operator acting on our behalf. We do not provide it to third-party handlers.',
    },
  },
  'wifi-tracking': {
    description: {
      'zh-CN':
        '根据您设备的MAC地址了解您在物业内的活动规律和偏好，以改善服务；这些信息可能与我们从第三方获得的信息合并。只有在您同时同意接收营销信息时，我们才会据此向您提供定向广告和优惠。',
      en: 'We use your device MAC address to learn your activity patterns and preferences in our properties to improve our service; this may be combined with information we receive from third parties. Only if you have also agreed to marketing do we use it for targeted ads and offers.',
    },
    retention: sixYears({
      'zh-CN': '活动轨迹在您撤回同意后立即删除；',
      en: 'Your movement data is deleted as soon as you withdraw.',
    }),
    ifRefused: {
      'zh-CN': '我们不会追踪您在物业内的活动；WiFi连接和其他服务不受影响。',
      en: 'We do not track your movements in our properties. The WiFi and everything else still work.',
    },
    recipients: recipientsIndigo,
  },
} as const satisfies Readonly<Record<(typeof officeWifiPurposes)[number]['id'], PurposeDetails>>
