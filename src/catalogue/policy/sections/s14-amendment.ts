import type { PolicySectionBody } from '../../types'

/**
 * §14 Amendment of Privacy Policy.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section14: PolicySectionBody = {
  id: '14',
  paragraphs: [
    {
      id: '14.1',
      text: {
        'zh-CN':
          '我们可能不时修订本隐私政策的条款，修订内容构成本隐私政策的一部分。您可以在我们的相关网站查阅并获取不时修订的本隐私政策副本，以便随时了解我们收集和使用个人数据的方式。如中国大陆适用的数据保护法律法规有要求，我们在变更对您个人数据的某些处理活动之前，将征得您的同意。',
        en: 'We may amend the terms of this Privacy Policy from time to time. The amendments form part of this Privacy Policy. You may access and obtain a copy of this Privacy Policy, as amended from time to time, at our relevant website so that you are always informed of the ways we collect and use personal data. Where required under applicable Chinese Mainland data protection laws and regulations, we will seek your consent before amending our certain Processing of your Personal Data.',
      },
    },
  ],
}
