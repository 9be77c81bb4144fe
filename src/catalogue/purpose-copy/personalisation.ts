/**
 * Personalisation: automated decision making (§9), combining data across services (§3.6) and
 * research (§3.1(j)). §9.3(a) and §3.6 are asked on their own screens (separate consent).
 *
 * The words for these purposes; their rules are in ../purposes/personalisation.ts.
 */
import type { PurposeDetails } from '../types'
import type { personalisationPurposes } from '../purposes/personalisation'
import { recipientsIndigo, sixYears } from './shared'

export const personalisationCopy = {
  'personalised-push': {
    description: {
      'zh-CN':
        '通过自动化决策分析您的消费记录、积分使用和浏览偏好，生成兴趣偏好标签，为您挑选更相关的优惠和推送内容。营销信息仍只会通过您已同意的渠道发送。',
      en: 'Automated decision making analyses your purchases, use of points and browsing to derive interest tags and pick the offers and push content most relevant to you. Marketing still goes only through the channels you have agreed to.',
    },
    retention: sixYears({
      'zh-CN': '兴趣偏好标签在您撤回同意后立即删除；消费记录随会员账户保存，',
      en: 'Interest tags are deleted as soon as you withdraw; purchase records stay with your membership.',
    }),
    ifRefused: {
      'zh-CN':
        '您看到的内容和优惠不会针对您个人定制，可能不如个性化推荐相关；所有服务仍可正常使用。',
      en: 'What you see is not tailored to you and may be less relevant. Every service still works.',
    },
    recipients: recipientsIndigo,
  },
  'combine-services': {
    description: {
      'zh-CN':
        '将您在某一项服务（颐堤港微信小程序、线上商城、颐堤港一座办公小程序或商场WiFi）中提供的个人信息，合并用于我们的其他服务，以便为您展示与您相关、而非面向所有人的内容。',
      en: 'We combine personal information from one of our services (the INDIGO WeChat mini program, the online mall, the ONE INDIGO office mini program or the mall WiFi) and use it in our other services, to show you content that is relevant to you rather than to everyone.',
    },
    retention: sixYears({
      'zh-CN': '您撤回同意后我们停止合并，并删除跨服务建立的关联；各项服务的信息仍按各自期限保存，',
      en: 'When you withdraw we stop combining and delete the links made across services; each service keeps its own data for its own period.',
    }),
    ifRefused: {
      'zh-CN': '每项服务只使用在该服务中收集的信息；所有服务仍可正常使用。',
      en: 'Each service uses only what it collected itself. Every service still works.',
    },
    recipients: recipientsIndigo,
  },
  'research-analysis': {
    description: {
      'zh-CN':
        '分析您的购物、餐饮、消费需求、偏好和习惯，帮助我们改进服务、商户组合和活动设计。对外分享的只有汇总或匿名化的统计数据。',
      en: 'We study your shopping, dining and spending needs, preferences and habits to improve our services, the mix of merchants and our events. Only aggregated or anonymised statistics are ever shared.',
    },
    retention: sixYears({
      'zh-CN': '您撤回同意后不再用于研究分析；',
      en: 'No longer used for research once you withdraw.',
    }),
    ifRefused: {
      'zh-CN': '您的信息不会用于研究分析；所有服务不受影响。',
      en: 'Your information is not used for research. No service is affected.',
    },
    recipients: {
      'zh-CN':
        '颐堤港，以及代表颐堤港进行市场研究的受托服务商。对其他第三方只提供汇总或匿名化、不属于个人信息的统计数据。',
      en: 'INDIGO, and research providers acting on our behalf. Others receive only aggregated or anonymised statistics that are not personal information.',
    },
  },
} as const satisfies Readonly<
  Record<(typeof personalisationPurposes)[number]['id'], PurposeDetails>
>
