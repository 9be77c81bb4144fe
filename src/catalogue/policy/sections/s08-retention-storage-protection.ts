import type { PolicySectionBody } from '../../types'

/**
 * §8 How We Retain, Store and Protect Your Information.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section08: PolicySectionBody = {
  id: '8',
  paragraphs: [
    {
      id: '8.1',
      text: {
        'zh-CN':
          '我们仅在实现本隐私政策所述目的所必需的期限内，或在法律法规要求或允许的期限内保存您的个人信息。无论如何，除非适用法律法规另有要求，您的个人信息最长保存至您与我们最后一次交易或我们最后一次向您提供服务之日起六（6）年。保存期限届满后，我们将删除您的个人信息或对其进行匿名化处理。',
        en: 'Your Personal Information will be retained by us only for as long as is necessary to fulfil the purposes mentioned in this Privacy Policy, or for a duration as required or permitted by laws and regulations. In any event, unless required by applicable laws and regulations, your Personal Information shall be retained for a maximum of six (6) years from the date of the last transaction with us or our last performance of Services to you. After the end of the retention period, we will delete or anonymise your Personal Information.',
      },
    },
    {
      id: '8.2',
      text: {
        'zh-CN':
          '为确保正确使用向您收集的个人信息并保持其准确性，以及防止个人信息遭受未经授权或意外的访问、披露、篡改、丢失或其他使用，我们已根据向您收集的个人信息的分类，实施了多项内部管理制度（包括物理、电子和管理措施）以及多种安全技术和程序。例如：',
        en: 'In order to ensure the correct use and to maintain the accuracy of Personal Information collected from you, as well as preventing unauthorised or accidental access, disclosure, alteration, loss or other use of Personal Information, we have implemented various internal management policies (including physical, electronic and management measures) and various security technologies and procedures based on classification of Personal Information we collect from you. For example:',
      },
      items: [
        {
          id: '8.2(a)',
          label: '(a)',
          text: {
            'zh-CN':
              '我们在线收集个人信息时，采用名为安全套接层（SSL）协议的业界标准互联网加密技术保护个人信息；',
            en: 'where we collect Personal Information online, we use an industry standard for encryption over the Internet known as Secure Socket Layer (SSL) protocol to protect Personal Information;',
          },
        },
        {
          id: '8.2(b)',
          label: '(b)',
          text: {
            'zh-CN': '我们的网站设有防火墙，用以保护向您收集的个人信息免遭未经授权或意外的访问；',
            en: 'our websites have firewalls in place, which should protect Personal Information collected from you against unauthorised or accidental access;',
          },
        },
        {
          id: '8.2(c)',
          label: '(c)',
          text: {
            'zh-CN':
              '如中国大陆适用的数据保护法律法规有要求，我们将对您的个人信息进行加密及/或去标识化处理；',
            en: 'where required under applicable Chinese Mainland data protection laws and regulations, we will encrypt and/or de-identify your Personal Information;',
          },
        },
        {
          id: '8.2(d)',
          label: '(d)',
          text: {
            'zh-CN': '我们的工作人员仅在“有必要知悉”的基础上访问您的个人信息；',
            en: 'your Personal Information will only be accessed by our personnel on a “need-to-know” basis;',
          },
        },
        {
          id: '8.2(e)',
          label: '(e)',
          text: {
            'zh-CN': '我们确保定期对工作人员开展数据保护方面的培训；及',
            en: 'we ensure that our personnel are regularly trained on data protection matters; and',
          },
        },
        {
          id: '8.2(f)',
          label: '(f)',
          text: {
            'zh-CN':
              '为降低您的个人信息遭受未经授权处理的潜在风险，我们制定了安全事件应急预案。如中国大陆适用法规有要求，我们亦将设法将涉及我们代表您处理的个人信息的任何事件告知您及有关主管部门。',
            en: 'in order to mitigate any potential risks of unauthorised Processing of your Personal Information, we maintain a security incident response plan. Where required by applicable Chinese Mainland regulations, we will also seek to inform you and the relevant authorities of any incidents concerning the Personal Information we Process on your behalf.',
          },
        },
      ],
      after: [
        {
          'zh-CN':
            '但请您理解，由于技术和风险防范方面的限制，即使我们已尽最大努力加强安全措施，也无法保证信息绝对安全。请您注意，您用于访问我们服务的系统和通讯网络可能出现我们无法控制的问题。因此，建议您注意防范他人未经授权获取您的密码和信用卡信息。使用公用计算机时，请务必在使用完毕后退出您的账户。',
          en: 'However, please understand that, due to technical and risk prevention limitations, even if we have made our best effort to enhance security measures, we cannot ensure that the information is absolutely safe. You should note that the systems and communication networks you use to access our Services may be subject to problems beyond our control. Therefore, you are advised to protect against unauthorised access to your password and credit card details. When using a shared computer, make sure you sign out from your account when finished.',
        },
        {
          'zh-CN': '在中国大陆适用法律要求的范围内，我们将对个人信息安全事件承担责任。',
          en: 'To the extent required under applicable Chinese Mainland laws, we will be responsible for the Personal Information security incidents.',
        },
      ],
    },
  ],
}
