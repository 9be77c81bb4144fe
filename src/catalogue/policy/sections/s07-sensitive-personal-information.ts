import type { PolicySectionBody } from '../../types'

/**
 * §7 Reminder About Sensitive Personal Information.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section07: PolicySectionBody = {
  id: '7',
  paragraphs: [
    {
      id: '7.1',
      text: {
        'zh-CN':
          '某些个人信息因其特殊性，可能被视为敏感个人信息。“敏感个人信息”是指一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四（14）周岁未成年人的个人信息。',
        en: 'Certain Personal Information may be considered sensitive Personal Information due to their particularity. “Sensitive Personal Information” means Personal Information which, if leaked or used illegally, may easily cause harm to the dignity of natural persons, or cause harm to personal or property safety, including biometric information, religious belief, specific identity information, health and medical information, financial account information, individual location tracking information and Personal Information of minors under fourteen (14) years old.',
      },
    },
    {
      id: '7.2',
      text: {
        'zh-CN':
          '请注意，您通过我们的服务提供、上传或发布的内容和信息（例如照片或有关您社交活动的信息）可能会披露您的敏感个人信息。您需要审慎考虑是否通过我们的服务披露您的敏感个人信息。对于某些服务，您需要先向我们提供该等敏感个人信息，我们方能向您提供该等服务。如您不作出单独同意，我们可能无法向您提供该等服务。',
        en: 'Please note that the content and information you provide, upload or post through our Services (e.g. photographs or information about your social activities) may disclose your Sensitive Personal Information. You need to carefully consider whether your Sensitive Personal Information should be disclosed through our Services. For certain Services, it is necessary for you to provide such Sensitive Personal Information to us before we can provide you such Services. If you do not provide us with your separate consent, we may not be able to provide such Services to you.',
      },
    },
    {
      id: '7.3',
      text: {
        'zh-CN': '我们仅在取得您的单独同意后，方会处理您的敏感个人信息。',
        en: 'We will only Process your Sensitive Personal Information after we obtain your separate consent.',
      },
    },
  ],
}
