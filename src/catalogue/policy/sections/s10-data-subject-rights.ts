import type { PolicySectionBody } from '../../types'

/**
 * §10 How Do You Exercise Your Data Subject Rights.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section10: PolicySectionBody = {
  id: '10',
  paragraphs: [
    {
      id: '10.1',
      text: {
        'zh-CN':
          '在中国大陆适用的数据保护法律法规允许的范围内，您（或您的近亲属，或由您代表您的未成年子女）有权行使中国大陆适用的数据保护法律法规所允许的以下个人信息主体权利：',
        en: 'You (or your next of kin or you acting on behalf of your minors, to the extent permitted by applicable Chinese Mainland data protection laws and regulations) are entitled to exercise the following data subject rights as permitted under applicable Chinese Mainland data protection laws and regulations:',
      },
      items: [
        {
          id: '10.1(a)',
          label: '(a)',
          text: {
            'zh-CN':
              '查阅、复制我们持有的您的个人信息，以及（在您的个人信息不准确或不完整时）更正及/或补充该等个人信息；',
            en: 'access, copy, (where your Personal information is inaccurate or incomplete) correct and/or supplement your Personal Information held by us;',
          },
        },
        {
          id: '10.1(b)',
          label: '(b)',
          text: {
            'zh-CN': '限制或拒绝对您个人信息的处理；',
            en: 'restrict or reject the Processing of your Personal Information;',
          },
        },
        {
          id: '10.1(c)',
          label: '(c)',
          text: {
            'zh-CN':
              '要求删除或注销我们持有的您的个人信息（适用于以下情形：处理目的已实现、无法实现或者不再必要；我们停止提供服务或者保存期限已届满；我们处理您的个人信息违反适用法律；或适用法律另有要求）；',
            en: 'request deletion or de-registration of your Personal Information which is held by us (where the purposes of Processing have been or cannot be fulfilled or are no longer necessary, where we cease to provide the Services or the retention period ends, where there is a breach of applicable law in our Processing or otherwise required by applicable law);',
          },
        },
        {
          id: '10.1(d)',
          label: '(d)',
          text: {
            'zh-CN': '撤回您对我们处理您个人信息的同意；',
            en: 'withdraw your consent to us Processing your Personal Information;',
          },
        },
        {
          id: '10.1(e)',
          label: '(e)',
          text: {
            'zh-CN': '在符合有关主管部门规定的适用条件时，请求我们将您的个人信息转移至其他组织；或',
            en: 'request us to transfer your Personal Information to another organisation, if such transfer satisfies the applicable rules imposed by relevant authorities; or',
          },
        },
        {
          id: '10.1(f)',
          label: '(f)',
          text: {
            'zh-CN': '上文第9条所述的与自动化决策有关的权利；或',
            en: 'the rights set out in paragraph 9 above in respect of Automated Decision Making; or',
          },
        },
        {
          id: '10.1(g)',
          label: '(g)',
          text: {
            'zh-CN': '要求我们对我们的个人信息处理规则进行解释说明。',
            en: 'request us to explain our rules on Processing of your Personal Information.',
          },
        },
      ],
    },
    // "paragraph 9.1" presumably means §10.1: kept as written. The contact person, address and
    // email are `after` lines, so each renders on its own line under the paragraph.
    {
      id: '10.2',
      text: {
        'zh-CN': '如您希望行使上文第9.1条所述的任何权利，请通过以下方式与我们联系：',
        en: 'If you wish to exercise any of the rights in paragraph 9.1 above, please contact us as follows:',
      },
      after: [
        { 'zh-CN': '联系人：数据保护官', en: 'Contact person: Data Protection Officer' },
        {
          'zh-CN': '地址：北京市朝阳区酒仙桥路20号颐堤港一座25层',
          en: 'Address: 25/F, ONE INDIGO, 20 Jiuxianqiao Road, Chaoyang District, Beijing, PRC',
        },
        {
          'zh-CN': '电子邮箱：info@indigobeijing.com',
          en: 'Email address: info@indigobeijing.com',
        },
      ],
    },
    // en keeps the client's typo "authenticate your identify".
    {
      id: '10.3',
      text: {
        'zh-CN':
          '我们将尽力采用适当的技术手段，确保您能够通过使用我们的服务行使上述个人信息主体权利。在处理您有关个人信息主体权利的请求时，为保障您的账户安全，我们可能要求您验证身份。',
        en: 'We will endeavour to use appropriate technical means to ensure that you can exercise the above data subject rights through the use of our Services. In processing your requests relating to your data subject rights, we may ask you to authenticate your identify in order to protect the safety of your account.',
      },
    },
    {
      id: '10.4',
      text: {
        'zh-CN':
          '在相关法律法规允许的范围内，我们保留以下权利：(i) 拒绝不合理的请求（例如侵犯他人隐私的请求）；以及 (ii) 就处理任何查阅或更正个人信息的请求收取合理的成本费用。',
        en: 'To the extent permitted by relevant laws and regulations, we reserve the right to: (i) refuse unreasonable requests (e.g. requests which infringe the privacy of others); and (ii) charge a reasonable fee for the cost of processing any data access or correction requests.',
      },
    },
  ],
}
