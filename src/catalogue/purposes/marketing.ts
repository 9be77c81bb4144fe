/**
 * §3.1(g), §3.3, §3.4: marketing, one purpose per channel, each off until the user says yes.
 * The id of a channel's purpose is always `marketing-<channel>` (the domain relies on it).
 * §3.5: service announcements are not marketing; they live in membership.ts.
 */
import type { Bilingual, Purpose } from '../types'
import { recipientsMarketing, retentionMarketing } from './shared'

/** What every marketing purpose sends, §3.1(g). */
const offers: Bilingual = {
  'zh-CN': '颐堤港、其集团公司及商场商户的新闻、最新优惠、促销和活动信息',
  en: "news, latest offers, promotions and events of INDIGO, its Group Companies and the mall's merchants",
}

/** §1.2, §2.4: saying no to marketing never blocks anything else. */
const nothingElseStops: Bilingual = {
  'zh-CN': '会员服务、服务公告和浏览均不受影响。',
  en: 'Membership, service announcements and browsing are not affected.',
}

export const marketingPurposes = [
  {
    id: 'marketing-sms',
    group: 'marketing',
    name: { 'zh-CN': '短信营销', en: 'Offers by text message' },
    description: {
      'zh-CN': `通过短信免费向您发送${offers['zh-CN']}。您可随时按短信中的提示回复（如回复「TD」）退订。`,
      en: `We text you ${offers.en}, free of charge. Reply as the message says (e.g. "TD") to stop at any time.`,
    },
    legalBasis: 'consent',
    required: false,
    sensitive: false,
    separateConsent: false,
    defaultGranted: false,
    dataCategories: ['phone-number'],
    businessFunctions: ['wechat-mini-program'],
    channel: 'sms',
    retention: retentionMarketing,
    ifRefused: {
      'zh-CN': `您不会收到营销短信；${nothingElseStops['zh-CN']}`,
      en: `You get no marketing texts. ${nothingElseStops.en}`,
    },
    recipients: recipientsMarketing({
      'zh-CN': '代表颐堤港发送短信的短信服务商',
      en: 'the SMS provider that sends texts on our behalf',
    }),
    deletesOnWithdrawal: [],
    policyRefs: ['3.1(g)', '3.3', '3.4', '3.4(a)', '3.4(c)', '3.4(e)'],
  },
  {
    id: 'marketing-email',
    group: 'marketing',
    name: { 'zh-CN': '电子邮件营销', en: 'Offers by email' },
    description: {
      'zh-CN': `通过电子邮件免费向您发送${offers['zh-CN']}。每封邮件都附有退订链接。`,
      en: `We email you ${offers.en}, free of charge. Every email has an unsubscribe link.`,
    },
    legalBasis: 'consent',
    required: false,
    sensitive: false,
    separateConsent: false,
    defaultGranted: false,
    dataCategories: ['email-address'],
    businessFunctions: ['wechat-mini-program'],
    channel: 'email',
    retention: retentionMarketing,
    ifRefused: {
      'zh-CN': `您不会收到营销邮件；${nothingElseStops['zh-CN']}`,
      en: `You get no marketing emails. ${nothingElseStops.en}`,
    },
    recipients: recipientsMarketing({
      'zh-CN': '代表颐堤港发送邮件的邮件服务商',
      en: 'the email provider that sends emails on our behalf',
    }),
    deletesOnWithdrawal: [],
    policyRefs: ['3.1(g)', '3.4', '3.4(b)', '3.4(c)', '3.4(e)'],
  },
  {
    id: 'marketing-phone',
    group: 'marketing',
    name: { 'zh-CN': '电话营销', en: 'Offers by phone call' },
    description: {
      'zh-CN': `通过电话免费向您介绍${offers['zh-CN']}。通话中告诉我们“不再接收”即可退订。`,
      en: `We call you about ${offers.en}, free of charge. Tell us during the call that you want no more and we stop.`,
    },
    legalBasis: 'consent',
    required: false,
    sensitive: false,
    separateConsent: false,
    defaultGranted: false,
    dataCategories: ['phone-number', 'name'],
    businessFunctions: ['wechat-mini-program'],
    channel: 'phone',
    retention: retentionMarketing,
    ifRefused: {
      'zh-CN': `我们不会致电向您推广；${nothingElseStops['zh-CN']}`,
      en: `We do not call you with offers. ${nothingElseStops.en}`,
    },
    recipients: recipientsMarketing({
      'zh-CN': '代表颐堤港致电的电话营销服务商',
      en: 'the telemarketing provider that calls on our behalf',
    }),
    deletesOnWithdrawal: [],
    policyRefs: ['3.1(g)', '3.4', '3.4(c)', '3.4(d)', '3.4(e)'],
  },
  {
    id: 'marketing-wechat',
    group: 'marketing',
    name: { 'zh-CN': '微信推送营销', en: 'Offers by WeChat push' },
    description: {
      'zh-CN': `通过微信消息推送免费向您发送${offers['zh-CN']}。您可随时在本小程序中关闭。`,
      en: `We send you ${offers.en} as WeChat push messages, free of charge. Switch them off here at any time.`,
    },
    legalBasis: 'consent',
    required: false,
    sensitive: false,
    separateConsent: false,
    defaultGranted: false,
    dataCategories: ['wechat-openid'],
    businessFunctions: ['wechat-mini-program'],
    channel: 'wechat',
    retention: retentionMarketing,
    ifRefused: {
      'zh-CN': `您不会收到营销推送；${nothingElseStops['zh-CN']}`,
      en: `You get no marketing push messages. ${nothingElseStops.en}`,
    },
    recipients: recipientsMarketing({
      'zh-CN': '为消息推送提供技术服务的受托服务商',
      en: 'the provider that runs message delivery for us',
    }),
    deletesOnWithdrawal: [],
    policyRefs: ['3.1(g)', '3.4', '3.4(c)', '3.4(e)'],
  },
  {
    id: 'marketing-post',
    group: 'marketing',
    name: { 'zh-CN': '信件营销', en: 'Offers by post' },
    description: {
      'zh-CN': `通过邮寄信件免费向您发送${offers['zh-CN']}。`,
      en: `We post you ${offers.en}, free of charge.`,
    },
    legalBasis: 'consent',
    required: false,
    sensitive: false,
    separateConsent: false,
    defaultGranted: false,
    dataCategories: ['name', 'postal-address'],
    businessFunctions: ['wechat-mini-program'],
    channel: 'post',
    retention: retentionMarketing,
    ifRefused: {
      'zh-CN': `您不会收到营销信件；${nothingElseStops['zh-CN']}`,
      en: `You get no marketing letters. ${nothingElseStops.en}`,
    },
    recipients: recipientsMarketing({
      'zh-CN': '代表颐堤港印刷和寄送信件的服务商',
      en: 'the printing and mailing provider acting on our behalf',
    }),
    deletesOnWithdrawal: [],
    policyRefs: ['3.1(g)', '3.4', '3.4(c)', '3.4(e)'],
  },
  {
    id: 'charity-appeals',
    group: 'marketing',
    name: { 'zh-CN': '公益募捐信息', en: 'Charity appeals' },
    description: {
      'zh-CN':
        '通过您已同意接收营销信息的渠道，向您介绍公益或非营利活动并邀请您捐款或参与（如扶贫、助学、救灾、动物与环境保护）。',
      en: 'Through the marketing channels you have agreed to, we tell you about charitable or non-profit causes and invite donations or help (such as poverty relief, education, disaster relief, animal and environmental protection).',
    },
    legalBasis: 'consent',
    required: false,
    sensitive: false,
    separateConsent: false,
    defaultGranted: false,
    dataCategories: ['phone-number', 'wechat-openid', 'email-address'],
    businessFunctions: ['wechat-mini-program'],
    retention: retentionMarketing,
    ifRefused: {
      'zh-CN': `您不会收到公益募捐信息；${nothingElseStops['zh-CN']}`,
      en: `You get no charity appeals. ${nothingElseStops.en}`,
    },
    recipients: recipientsMarketing({
      'zh-CN': '代表颐堤港发送信息的服务商',
      en: 'the providers that send messages on our behalf',
    }),
    deletesOnWithdrawal: [],
    policyRefs: ['3.1(h)', '3.4', '3.4(c)', '3.4(e)'],
  },
] as const satisfies readonly Purpose[]
