import type { PolicySectionBody } from '../../types'

/**
 * §13 Scope of Application of This Privacy Policy.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section13: PolicySectionBody = {
  id: '13',
  paragraphs: [
    {
      id: '13.1',
      text: {
        'zh-CN':
          '本隐私政策普遍适用于我们的所有服务，并说明您在中国大陆境内时我们如何处理您的个人信息。第1.1条所述的特定隐私政策亦构成本隐私政策的一部分。如任何特定隐私政策与本隐私政策不一致，则就相应的信息平台而言，适用该特定隐私政策。',
        en: 'This Privacy Policy applies to all of our Services generally and explains how we Process your Personal Information where you stay within Chinese Mainland. The Specific Privacy Policies described in paragraph 1.1 also forms part of this Privacy Policy. In the event of inconsistency between any Specific Privacy Policies and this Privacy Policy, the respective Specific Privacy Policy applies to that particular information platform.',
      },
    },
    {
      id: '13.2',
      text: {
        'zh-CN': '请注意，本隐私政策在以下情况下不适用：',
        en: 'Please note that this Privacy Policy does not apply under the following conditions:',
      },
      items: [
        {
          id: '13.2(a)',
          label: '(a)',
          text: {
            'zh-CN': '上文第5.2条明确规定的情形；及',
            en: 'the situation as expressly set out in paragraph 5.2 above; and',
          },
        },
        {
          id: '13.2(b)',
          label: '(b)',
          text: {
            'zh-CN': '通过我们的服务投放广告的其他公司和机构所收集的信息。',
            en: 'information collected by other companies and institutions that advertise through our Services.',
          },
        },
      ],
    },
  ],
}
