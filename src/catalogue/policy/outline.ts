/**
 * Each section's number, title and plain-language summary: what the notice shows first.
 * Kept apart from the full text (./sections) so the main package carries only this; the full
 * text loads with the policy subpackage. Titles are the policy's and count in the version hash
 * (§14.1); the summaries are our own words and do not.
 */
import type { Bilingual, PolicySectionOutline } from '../types'

export const policyOutline: readonly PolicySectionOutline[] = [
  {
    id: '1',
    title: { 'zh-CN': '引言', en: 'Introduction' },
    summary: {
      'zh-CN':
        '本隐私政策适用于颐堤港的两家公司（北京霖莲置业有限公司和北京颐堤港物业服务有限公司），说明您使用我们的服务时，我们如何处理您的个人信息。法律要求时，我们会事先征得您的同意（包括单独同意）；不满14周岁的用户，须由监护人单独同意。',
      en: "This policy covers INDIGO's two companies and explains how we handle your personal information when you use our services. Where the law requires, we ask for your consent (including separate consent) first; users under 14 need their guardian's separate consent.",
    },
  },
  {
    id: '2',
    title: { 'zh-CN': '我们收集的个人信息范围', en: 'Scope of Personal Information We Collect' },
    summary: {
      'zh-CN':
        '我们收集哪些信息，取决于您使用的服务：例如姓名、联系方式、微信头像、会员积分、停车订单、设备与日志信息以及位置信息。您可以随时关闭设备的定位功能，停止我们收集位置信息；不提供某些信息的，相关服务可能无法提供。',
      en: "What we collect depends on the service you use: for example your name, contact details, WeChat avatar, points, parking orders, device and log information and location. You can stop location collection at any time by turning off positioning on your device; without some information, some services can't be provided.",
    },
  },
  {
    id: '3',
    title: { 'zh-CN': '我们如何使用您的信息', en: 'How We Use Your Information' },
    summary: {
      'zh-CN':
        '我们使用您的信息来提供和改进服务、管理会员和积分、处理付款和停车、与您沟通，并在您同意后向您发送营销信息。您可以随时免费退订营销信息：回复短信、点击邮件中的退订链接、在应用内退订、接到营销电话时告知我们，或联系数据保护官；服务公告不属于营销信息。',
      en: 'We use your information to provide and improve our services, run membership and points, handle payments and parking, talk to you and, with your consent, send you marketing. You can unsubscribe free at any time: reply to the SMS, use the link in the email or the setting in the app, tell us on a marketing call, or contact the Data Protection Officer; service announcements are not marketing.',
    },
  },
  {
    id: '4',
    title: { 'zh-CN': '我们如何共享您的信息', en: 'How We Share Your Information' },
    summary: {
      'zh-CN':
        '我们不会把您的个人信息提供给按其自身目的和方式处理信息的第三方个人信息处理者。只有代表我们处理信息的受托方（如代理商、服务提供商）会接触您的信息，并须遵守本政策；除此之外，我们只对外分享汇总或匿名化的统计数据。',
      en: "We don't give your personal information to third-party handlers who process it for their own purposes and in their own ways. Only processors acting for us (such as agents and service providers) receive it, and they must follow this policy; beyond that we share only aggregated or anonymised statistics.",
    },
  },
  {
    id: '5',
    title: { 'zh-CN': '第三方服务', en: 'Third-party Services' },
    summary: {
      'zh-CN':
        '我们的服务可能包含第三方的分享、登录功能或链接。第三方网站和服务不受本政策约束：您直接提供给它们的信息，适用它们自己的服务条款和隐私政策。',
      en: 'Our services may include third-party sharing, log-in or links. Third-party websites and services are outside this policy: what you give them directly is governed by their own terms and privacy policies.',
    },
  },
  {
    id: '6',
    title: { 'zh-CN': '关于用户信息分享的提示', en: 'Reminder About User Information Sharing' },
    summary: {
      'zh-CN':
        '您通过我们的服务公开分享的内容，其他用户都可以看到，即使您删除，也可能已被他人保存。分享前请慎重考虑。',
      en: 'What you share publicly through our services can be seen by other users and may be kept by others even after you delete it. Think before you share.',
    },
  },
  {
    id: '7',
    title: {
      'zh-CN': '关于敏感个人信息的提示',
      en: 'Reminder About Sensitive Personal Information',
    },
    summary: {
      'zh-CN':
        '人脸等生物识别信息、金融账户、行踪轨迹以及不满14周岁未成年人的个人信息，都属于敏感个人信息。我们只有在取得您的单独同意后才会处理；您不同意的，需要这些信息的服务可能无法提供。',
      en: 'Biometrics such as your face, financial accounts, location tracking and the personal information of children under 14 are sensitive personal information. We process it only with your separate consent; without it, services that need it may not be available.',
    },
  },
  {
    id: '8',
    title: {
      'zh-CN': '我们如何保存、存储和保护您的信息',
      en: 'How We Retain, Store and Protect Your Information',
    },
    summary: {
      'zh-CN':
        '您的个人信息最长保存至您最后一次交易或我们最后一次为您提供服务之日起6年（法律另有要求的除外），期满后删除或匿名化。我们通过加密、防火墙、按需知悉的访问控制和安全事件应急预案保护您的信息，但无法保证绝对安全。',
      en: 'We keep your personal information at most six years after your last transaction or our last service to you (unless the law requires otherwise), then delete or anonymise it. We protect it with encryption, firewalls, need-to-know access and an incident response plan, but no system is absolutely safe.',
    },
  },
  {
    id: '9',
    title: { 'zh-CN': '自动化决策', en: 'Automated Decision Making' },
    summary: {
      'zh-CN':
        '我们可能使用自动化决策（例如个性化推送）。您可以随时选择不接收基于自动化决策的营销信息和推送；如某项决定对您的个人权益有重大影响，您可以要求我们予以说明，并拒绝我们通过自动化决策的方式处理您的信息。',
      en: 'We may use automated decision-making (for example personalised push messages). You can opt out of automated marketing and push at any time; where a decision has a material impact on you, you can ask us to explain it and refuse our automated processing.',
    },
  },
  {
    id: '10',
    title: {
      'zh-CN': '您如何行使您的个人信息主体权利',
      en: 'How Do You Exercise Your Data Subject Rights',
    },
    summary: {
      'zh-CN':
        '您可以查阅、复制、更正、补充或删除您的个人信息，注销账户，撤回同意，限制或拒绝处理，请求转移，以及要求我们解释个人信息处理规则和自动化决策。请联系我们的数据保护官（info@indigobeijing.com）；我们可能会先核验您的身份。',
      en: 'You can access, copy, correct, supplement or delete your personal information, deregister, withdraw your consent, restrict or refuse processing, ask for a transfer, and ask us to explain our processing rules and automated decisions. Contact our Data Protection Officer (info@indigobeijing.com); we may verify your identity first.',
    },
  },
  {
    id: '11',
    title: { 'zh-CN': 'Cookie和日志信息的使用', en: 'Use of Cookies and Log Information' },
    summary: {
      'zh-CN':
        '我们的网页可能使用Cookie并收集日志信息；法律要求时，我们会先征得您的同意。禁用必要的Cookie后，页面可能无法正常使用。您连接商场WiFi时，我们可能收集设备的MAC地址；只有在您同意接收营销信息的情况下，我们才会据此向您提供定向广告。',
      en: "Our web pages may use cookies and collect log information, with your consent first where the law requires; without the necessary cookies, pages may not work properly. When you use our WiFi we may collect your device's MAC address; we use it for targeted ads only if you have agreed to receive marketing.",
    },
  },
  {
    id: '12',
    title: { 'zh-CN': '年龄限制', en: 'Age Limit' },
    summary: {
      'zh-CN':
        '我们的服务面向14周岁以上的人士。不满14周岁的，须由父母或其他监护人单独同意后，我们才会处理其个人信息，且这些信息只在中国大陆境内处理和保存。',
      en: "Our services are for people over 14. For children under 14 we need a parent's or guardian's separate consent first, and their information is processed and kept only in mainland China.",
    },
  },
  {
    id: '13',
    title: { 'zh-CN': '本隐私政策的适用范围', en: 'Scope of Application of This Privacy Policy' },
    summary: {
      'zh-CN':
        '本政策适用于我们在中国大陆提供的所有服务。某个平台另有特定隐私政策的，该平台以特定隐私政策为准；第三方网站和广告主收集的信息不适用本政策。',
      en: 'This policy covers all our services in mainland China. Where a platform has its own specific privacy policy, that one prevails there; information collected by third-party websites and advertisers is outside this policy.',
    },
  },
  {
    id: '14',
    title: { 'zh-CN': '隐私政策的修订', en: 'Amendment of Privacy Policy' },
    summary: {
      'zh-CN':
        '我们可能不时更新本政策，您可以随时查看最新版本。法律要求时，我们会在变更相关处理活动之前再次征得您的同意。',
      en: 'We may update this policy from time to time; you can always read the latest version. Where the law requires, we ask for your consent again before changing how we process your information.',
    },
  },
  {
    id: '15',
    title: { 'zh-CN': '隐私政策的语言', en: 'Language of Privacy Policy' },
    summary: {
      'zh-CN': '本政策以中文版本为准，其他语言版本均为译本。',
      en: 'The Chinese version of this policy prevails; other languages are translations.',
    },
  },
]

/** The document's title and date, for the notice and the start page. */
export const policyMeta: {
  readonly title: Bilingual
  readonly date: string
  readonly dateLabel: Bilingual
} = {
  title: { 'zh-CN': '隐私政策', en: 'Privacy Policy' },
  date: '2023-06',
  dateLabel: { 'zh-CN': '2023年6月', en: 'June 2023' },
}
