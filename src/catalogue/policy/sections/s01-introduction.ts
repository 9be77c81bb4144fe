import type { PolicySectionBody } from '../../types'

/**
 * §1 Introduction.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section01: PolicySectionBody = {
  id: '1',
  paragraphs: [
    {
      id: '1.1',
      text: {
        'zh-CN':
          '本隐私政策适用于北京霖莲置业有限公司及北京颐堤港物业服务有限公司（合称“我们”），但我们另有特定隐私政策（定义见下文第3.7条）的除外。',
        en: 'This Privacy Policy applies to Beijing Linlian Real Estate Company Limited and Beijing Indigo Property Services Company Limited (collectively “we”, “our” or “us”), except that we may have other Specific Privacy Policies (as defined in paragraph 3.7 below).',
      },
    },
    {
      id: '1.2',
      text: {
        'zh-CN':
          '当您使用我们的服务、产品及/或设施（合称“服务”）时，我们可能向我们的客户、顾客、会员计划会员、访客及商户（定义见第3.1(k)条）（“您”）收集个人信息（定义见下文第1.4条）。上述服务包括但不限于信息服务，例如登录我们的网站、使用我们的移动应用程序、关注或使用我们的微信公众号、接收我们发送的电子邮件或短信或向我们发送电子邮件或短信、使用我们的电话客服等（“信息服务”）。我们致力于保护我们所持有的您的个人信息的隐私。为确保您能够在充分知情的前提下作出决定，并放心地向我们提供个人信息，我们在本隐私政策中说明您使用我们的服务时，我们如何收集、存储、使用、加工、传输、提供、公开或删除（合称“处理”）您的个人信息（定义见下文），以及我们如何为您提供查阅、更新、控制和保护您个人信息的方式。如您不提供相关个人信息，您可能无法注册成为我们的用户、无法享受我们提供的某些服务，或者即使我们继续为您提供某些服务，该等服务的质量也可能无法达到最佳。',
        en: 'We may collect Personal Information (as defined in paragraph 1.4 below) from our customers, patrons, loyalty programme members, visitors and Merchants (as defined in paragraph 3.1(k)) (“you” or “your”) when you use our services, products and/or facilities (together, the “Services”) (including but not limited to information services such as logging-in to our website, using our mobile applications, following or using our WeChat Official Account, receiving emails or text messages from us or sending us emails or text messages, using our telephone customer service, etc. ("Information Services")). We are committed to protecting the privacy of your Personal Information we hold. To ensure that you can make informed decisions and feel confident about providing your Personal Information to us, we outline in this Privacy Policy how we collect, store, use, process, transmit, provide, disclose, or delete (together, “Process”) your Personal Information (as defined below) when you use our Services, and how we provide you with access to, update, control and protect your Personal Information. If you do not provide the relevant Personal Information, you may not be able to register as our user, enjoy certain Services we provide, or, even if we continue to provide you with certain Services, the quality of such Services may not be optimal.',
      },
    },
    {
      id: '1.3',
      text: {
        'zh-CN':
          '本隐私政策与我们向您提供的服务相关。请您仔细阅读，并在需要时按照本隐私政策的指引作出您认为适当的选择。请注意，我们将关注中华人民共和国大陆地区（“中国大陆”，仅为本隐私政策之目的，不包括香港特别行政区、澳门特别行政区和台湾地区）有关个人信息保护的法律法规，并可能不时修订本隐私政策。如中国大陆适用法律要求，我们亦可能就该等修订征求您的同意。因此，我们建议您登录我们的网站，或通过我们的移动应用程序或微信公众号，定期查阅本隐私政策，以确保您充分了解本隐私政策的最新版本。如您对本隐私政策或任何相关事宜有任何疑问，请按照下文第10.2条所列方式与我们联系。',
        en: 'This Privacy Policy is relevant to the Services we provide to you. Please read carefully and make the choices you deem appropriate as and when required in accordance with the guidelines in this Privacy Policy. Please note that we will check the relevant laws and regulations of the mainland of the People\'s Republic of China ("Chinese Mainland", for the purpose of this Privacy Policy only, excluding Hong Kong, Macau and Taiwan) regarding protection of Personal Information, and we may revise this Privacy Policy from time to time. Where required under applicable laws in the Chinese Mainland, we may also ask for your consent on those revisions. We therefore invite you to log in to our website, or through our mobile application or WeChat Official Account, to review this Privacy Policy regularly to ensure that you fully understand the latest version of our Privacy Policy. If you have any questions about this Privacy Policy or any related matters, please contact us in the manner set out in paragraph 10.2 below.',
      },
    },
    {
      id: '1.4',
      text: {
        'zh-CN':
          '在本隐私政策中，“个人信息”是指以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息，不包括匿名化处理后的信息。',
        en: 'In this Privacy Policy, “Personal Information” means any type of information (recorded via electronic means or otherwise) associated with an identified or identifiable natural person, but excluding information after anonymization handling.',
      },
    },
    {
      id: '1.5',
      text: {
        'zh-CN':
          '您使用或继续使用我们的服务，即表示您同意我们按照本隐私政策处理您的信息（包括个人信息）；但如中国大陆适用法律有要求，我们将事先取得您的同意（包括单独同意）。',
        en: 'By using or continuing to use our Services, you agree to our Processing of your information (including Personal Information) in accordance with this Privacy Policy, provided that, where required under applicable laws in the Chinese Mainland, we will obtain prior consent (including separate consent) from you.',
      },
    },
    // §1.6 cites "paragraph 11" for the age limit, which is §12 in this text: the client's own
    // cross-reference, kept as written in both languages.
    {
      id: '1.6',
      text: {
        'zh-CN':
          '特别提示：保护不满十四（14）周岁未成年人的隐私是我们的首要关注。关于我们用户的年龄限制，请参阅本隐私政策第11条。如您不满十四（14）周岁并希望使用我们的服务，请确保您的监护人已阅读本隐私政策，并已就我们按照本隐私政策处理您的个人信息作出单独同意。我们仅在您的监护人作出单独同意后，方会处理您的个人信息。（请参阅下文“年龄限制”部分。）',
        en: 'Note: Protecting the privacy of minors under fourteen (14) years of age is our primary concern. Please refer to paragraph 11 of this Privacy Policy in relation to the age limit of our users. If you are under fourteen (14) years of age and would like to use our Services, please ensure that your guardians have read this Privacy Policy and provided separate consent to our Processing of your Personal Information in accordance with this Privacy Policy. We will only Process your Personal Information after your guardian has provided separate consent. (Please refer to the “Age Limit” section below).',
      },
    },
  ],
}
