/**
 * Membership, the online mall, customer support and legal disclosures: mostly necessary
 * processing under a contract (§3.8(a)) or a legal obligation (§3.8(b)), shown without a switch.
 *
 * The words for these purposes; their rules are in ../purposes/membership.ts.
 */
import type { PurposeDetails } from '../types'
import type { membershipPurposes } from '../purposes/membership'
import { recipientsIndigo, sixYears } from './shared'

export const membershipCopy = {
  'privacy-notice': {
    description: {
      'zh-CN':
        '记录您何时同意了哪一版本的隐私政策，以便在政策变更时告诉您变化之处并在需要时再次征得您的同意。',
      en: 'A record of when you agreed to which version of this privacy policy, so that we can show you what changed and ask again when the policy changes.',
    },
    retention: sixYears({
      'zh-CN': '会员账户存续期间保存；',
      en: 'Kept while you are a member.',
    }),
    ifRefused: {
      'zh-CN': '不同意时您仍可以访客身份浏览，我们不收集您的个人信息。',
      en: 'If you decline, you can still browse as a guest and we collect none of your personal information.',
    },
    recipients: recipientsIndigo,
  },
  'membership-account': {
    description: {
      'zh-CN':
        '使用您的微信OpenID、头像、昵称和出生日期识别您的会员身份，为您开通和管理会员账户，包括积分的累积与兑换、电子优惠券和会员权益。出生日期还用于确认您是否已满十四周岁。',
      en: 'We use your WeChat openID, avatar, nickname and date of birth to identify you as a member and to run your membership account: earning and redeeming points, e-coupons and member benefits. Your date of birth also tells us whether you are 14 or older.',
    },
    retention: sixYears({
      'zh-CN': '会员账户存续期间保存；',
      en: 'Kept while you are a member.',
    }),
    ifRefused: {
      'zh-CN': '您将无法注册会员、累积或使用积分和优惠券；您仍可浏览商户、活动和本隐私政策。',
      en: 'You cannot register as a member or earn and use points and coupons. You can still browse stores, events and this policy.',
    },
    recipients: recipientsIndigo,
  },
  'phone-number': {
    description: {
      'zh-CN':
        '经微信获取并验证您的手机号码，用于识别会员身份和登录，并在颐堤港线上商城、颐堤港一座办公小程序、办公楼闸机和商场WiFi中确认是您本人。',
      en: 'We get your phone number through WeChat and verify it to identify your membership and sign you in, and to confirm it is you in the INDIGO online mall, the ONE INDIGO office mini program, the office turnstiles and the mall WiFi.',
    },
    retention: sixYears({
      'zh-CN': '会员账户存续期间保存；',
      en: 'Kept while you are a member.',
    }),
    ifRefused: {
      'zh-CN': '您将无法登录会员账户或使用需要验证身份的服务；您仍可浏览。',
      en: 'You cannot sign in or use services that need to know it is you. You can still browse.',
    },
    recipients: recipientsIndigo,
  },
  'online-mall-orders': {
    description: {
      'zh-CN':
        '您在颐堤港线上商城下单时，我们使用您的手机号码、收货地址和订单信息完成付款、安排物流配送或到店自提，并提供售后服务。',
      en: 'When you order in the INDIGO online mall, we use your phone number, delivery address and order details to take payment, arrange delivery or in-store pick-up, and give after-sales service.',
    },
    retention: sixYears({
      'zh-CN': '订单完成后用于售后和对账；',
      en: 'Used after the order for after-sales service and accounts.',
    }),
    ifRefused: {
      'zh-CN': '您将无法在线上商城下单或收货；您仍可浏览商品。',
      en: 'You cannot order or receive goods from the online mall. You can still browse products.',
    },
    recipients: {
      'zh-CN':
        '颐堤港，以及代表颐堤港提供支付、物流配送服务的受托服务商。我们不向第三方个人信息处理者提供您的个人信息。',
      en: 'INDIGO, and the payment and delivery providers acting on our behalf. We do not provide it to third-party handlers.',
    },
  },
  'member-profile': {
    description: {
      'zh-CN':
        '您可以自愿补充姓名、性别和电子邮箱，以便我们在服务和活动中正确称呼您，并为您办理活动报名。',
      en: 'You may add your name, gender and email address so that we address you properly and can sign you up for events.',
    },
    retention: sixYears({
      'zh-CN': '您撤回同意后即删除；',
      en: 'Deleted when you withdraw.',
    }),
    ifRefused: {
      'zh-CN': '活动报名时需要您现场填写资料；会员服务和浏览不受影响。',
      en: 'You fill in your details when you sign up for an event. Membership and browsing are not affected.',
    },
    recipients: recipientsIndigo,
  },
  'customer-support': {
    description: {
      'zh-CN':
        '处理您的咨询、反馈和投诉，并在必要时向您发送与服务相关的公告（例如系统维护导致服务暂停）。服务公告不具有营销性质，不属于营销信息。',
      en: 'We answer your enquiries, feedback and complaints, and send service announcements when needed (for example when maintenance suspends a service). Announcements are not promotional and are not marketing.',
    },
    retention: sixYears({
      'zh-CN': '咨询处理完毕后用于跟进和改进服务；',
      en: 'Used after your enquiry is closed to follow up and improve our service.',
    }),
    ifRefused: {
      'zh-CN':
        '服务公告与服务相关、不具有营销性质，因此无法退订；如您不提供联系方式，我们将无法回复您的咨询。',
      en: 'Service announcements are about the service, not promotion, so they cannot be switched off. Without a way to reach you we cannot answer your enquiry.',
    },
    recipients: recipientsIndigo,
  },
  'legal-disclosures': {
    description: {
      'zh-CN':
        '在法律法规或法院命令要求，或政府、监管、执法机关或行政机构依法要求时，披露必要的个人信息。',
      en: 'We disclose the personal information needed when a law, regulation or court order requires it, or when a government, regulatory or law enforcement authority lawfully asks for it.',
    },
    retention: {
      'zh-CN':
        '按法律法规要求的期限保存；除法律法规另有要求外，自您最后一次与我们交易或我们最后一次为您提供服务之日起最长保存六年，期满后删除或匿名化处理。',
      en: 'Kept as long as the law requires. Unless a law requires longer, at most six years from your last transaction with us or our last service to you, then deleted or anonymised.',
    },
    ifRefused: {
      'zh-CN': '这是法定义务，不以您的同意为前提；它不影响您可以使用的任何服务。',
      en: 'This is a legal obligation and does not depend on your consent. It does not affect any service you can use.',
    },
    recipients: {
      'zh-CN': '颐堤港；在法律要求时，依法提出要求的法院、政府、监管或执法机关。',
      en: 'INDIGO; and, when the law requires, the court, government, regulatory or law enforcement authority that lawfully asks.',
    },
  },
} as const satisfies Readonly<Record<(typeof membershipPurposes)[number]['id'], PurposeDetails>>
