import type { PolicySectionBody } from '../../types'

/**
 * §9 Automated Decision Making.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section09: PolicySectionBody = {
  id: '9',
  paragraphs: [
    {
      id: '9.1',
      text: {
        'zh-CN':
          '“自动化决策”是指通过计算机程序或算法，自动分析、评估个人的行为习惯、兴趣爱好或者经济、健康、信用状况等，并基于该等分析或评估自动作出决策的活动。',
        en: '“Automated Decision Making” means the use of computer programs or algorithms to automatically analyse or assess personal behaviours, habits, interests or hobbies, or financial, health, credit or other status, and make automated decisions based on such analysis or assessment.',
      },
    },
    // "this paragraph 2" is unclear (perhaps §3, the purposes): kept as written.
    {
      id: '9.2',
      text: {
        'zh-CN':
          '在本第2条所述的场景中，我们可能不时通过自动化决策处理您的个人信息。我们将努力从技术运行的角度保证该等决策的公平、公正，避免对您的个人权益造成重大影响或对您实行不合理的差别待遇。',
        en: 'In those scenarios as set out in this paragraph 2, from time to time, we may Process your Personal Information through Automated Decision Making. We will endeavour to ensure the fairness and impartiality of such decisions from the perspective of technical operation, and avoid any significant impact on your personal rights and interests or unreasonable differential treatment.',
      },
    },
    {
      id: '9.3',
      text: {
        'zh-CN': '就自动化决策，您享有以下权利：',
        en: 'You have the following rights in respect of Automated Decision Making:',
      },
      items: [
        {
          id: '9.3(a)',
          label: '(a)',
          text: {
            'zh-CN':
              '如我们通过自动化决策处理您的个人信息，以向您发送直接营销信息或推送通知，您有权选择退出该等自动化决策；及',
            en: 'Where we Process your Personal Information through Automated Decision Making to send direct marketing messages or push notifications to you, you have the right to opt-out from such Automated Decision Making process; and',
          },
        },
        {
          id: '9.3(b)',
          label: '(b)',
          text: {
            'zh-CN':
              '如通过自动化决策作出的决定对您的个人权益有重大影响，您还有权要求我们予以说明，并有权拒绝我们通过自动化决策的方式进行处理。',
            en: 'Where the decision made through the Automated Decision Making process has a material impact on your personal interest, you also have the right to request for an explanation of such decision, and the right to refuse our Processing through Automated Decision Making.',
          },
        },
      ],
      after: [
        {
          'zh-CN': '如您希望行使本第9.3条所述的权利，请参阅下文第10条。',
          en: 'If you would like to exercise your rights as set out in this paragraph 9.3, please refer to paragraph 10 below.',
        },
      ],
    },
  ],
}
