/**
 * §3.1(g), §3.3, §3.4: marketing, one purpose per channel, each off until the user says yes.
 * The id of a channel's purpose is always `marketing-<channel>` (the domain relies on it).
 * §3.5: service announcements are not marketing; they live in membership.ts.
 *
 * The words for these purposes; their rules are in ../purposes/marketing.ts.
 */
import type { Bilingual, PurposeDetails } from '../types'
import type { marketingPurposes } from '../purposes/marketing'
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

export const marketingCopy = {
  'marketing-sms': {
    description: {
      'zh-CN': `通过短信免费向您发送${offers['zh-CN']}。您可随时按短信中的提示回复（如回复「TD」）退订。`,
      en: `We text you ${offers.en}, free of charge. Reply as the message says (e.g. "TD") to stop at any time.`,
    },
    retention: retentionMarketing,
    ifRefused: {
      'zh-CN': `您不会收到营销短信；${nothingElseStops['zh-CN']}`,
      en: `You get no marketing texts. ${nothingElseStops.en}`,
    },
    recipients: recipientsMarketing({
      'zh-CN': '代表颐堤港发送短信的短信服务商',
      en: 'the SMS provider that sends texts on our behalf',
    }),
  },
  'marketing-email': {
    description: {
      'zh-CN': `通过电子邮件免费向您发送${offers['zh-CN']}。每封邮件都附有退订链接。`,
      en: `We email you ${offers.en}, free of charge. Every email has an unsubscribe link.`,
    },
    retention: retentionMarketing,
    ifRefused: {
      'zh-CN': `您不会收到营销邮件；${nothingElseStops['zh-CN']}`,
      en: `You get no marketing emails. ${nothingElseStops.en}`,
    },
    recipients: recipientsMarketing({
      'zh-CN': '代表颐堤港发送邮件的邮件服务商',
      en: 'the email provider that sends emails on our behalf',
    }),
  },
  'marketing-phone': {
    description: {
      'zh-CN': `通过电话免费向您介绍${offers['zh-CN']}。通话中告诉我们“不再接收”即可退订。`,
      en: `We call you about ${offers.en}, free of charge. Tell us during the call that you want no more and we stop.`,
    },
    retention: retentionMarketing,
    ifRefused: {
      'zh-CN': `我们不会致电向您推广；${nothingElseStops['zh-CN']}`,
      en: `We do not call you with offers. ${nothingElseStops.en}`,
    },
    recipients: recipientsMarketing({
      'zh-CN': '代表颐堤港致电的电话营销服务商',
      en: 'the telemarketing provider that calls on our behalf',
    }),
  },
  'marketing-wechat': {
    // §3.1(g) "WeChat Push": INDIGO's Official Account, to the members who consent here. Not the
    // mini program's subscribe messages: WeChat forbids marketing in them, and they carry only
    // the service notices a member asks for (../subscribe-templates.ts).
    description: {
      'zh-CN': `颐堤港通过其微信公众号，向关注公众号并在此同意的会员免费推送${offers['zh-CN']}。关闭本开关后，我们不再向您推送。小程序的订阅消息只用于您自己要求的服务通知（如权益请求进度、小票审核结果），从不用于营销。`,
      en: `INDIGO sends ${offers.en} through its WeChat Official Account to members who follow it and agree here, free of charge. Switch this off and we stop sending them. The mini program's subscribe messages carry only service notices you ask for (such as a rights request's progress or a receipt's review), never marketing.`,
    },
    retention: retentionMarketing,
    ifRefused: {
      'zh-CN': `颐堤港公众号不会向您推送营销信息；${nothingElseStops['zh-CN']}`,
      en: `INDIGO's Official Account sends you no marketing. ${nothingElseStops.en}`,
    },
    recipients: recipientsMarketing({
      'zh-CN': '为消息推送提供技术服务的受托服务商',
      en: 'the provider that runs message delivery for us',
    }),
  },
  'marketing-post': {
    description: {
      'zh-CN': `通过邮寄信件免费向您发送${offers['zh-CN']}。`,
      en: `We post you ${offers.en}, free of charge.`,
    },
    retention: retentionMarketing,
    ifRefused: {
      'zh-CN': `您不会收到营销信件；${nothingElseStops['zh-CN']}`,
      en: `You get no marketing letters. ${nothingElseStops.en}`,
    },
    recipients: recipientsMarketing({
      'zh-CN': '代表颐堤港印刷和寄送信件的服务商',
      en: 'the printing and mailing provider acting on our behalf',
    }),
  },
  'charity-appeals': {
    description: {
      'zh-CN':
        '通过您已同意接收营销信息的渠道，向您介绍公益或非营利活动并邀请您捐款或参与（如扶贫、助学、救灾、动物与环境保护）。',
      en: 'Through the marketing channels you have agreed to, we tell you about charitable or non-profit causes and invite donations or help (such as poverty relief, education, disaster relief, animal and environmental protection).',
    },
    retention: retentionMarketing,
    ifRefused: {
      'zh-CN': `您不会收到公益募捐信息；${nothingElseStops['zh-CN']}`,
      en: `You get no charity appeals. ${nothingElseStops.en}`,
    },
    recipients: recipientsMarketing({
      'zh-CN': '代表颐堤港发送信息的服务商',
      en: 'the providers that send messages on our behalf',
    }),
  },
} as const satisfies Readonly<Record<(typeof marketingPurposes)[number]['id'], PurposeDetails>>
