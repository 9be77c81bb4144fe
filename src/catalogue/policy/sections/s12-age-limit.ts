import type { PolicySectionBody } from '../../types'

/**
 * §12 Age Limit.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section12: PolicySectionBody = {
  id: '12',
  paragraphs: [
    // §12.1 says "consent"; §1.6 and §12.2 require separate consent, which the product follows.
    {
      id: '12.1',
      text: {
        'zh-CN':
          '我们的服务面向十四（14）周岁以上的人士。如您未满十四（14）周岁，请确保您在向我们提供个人信息之前，已取得您监护人的同意。',
        en: 'Our Services target those who are above the age of fourteen (14). If you have not reached fourteen (14) years of age, please ensure that you have obtained your guardian’s consent before providing us with your Personal Information.',
      },
    },
    {
      id: '12.2',
      text: {
        'zh-CN':
          '未经不满十四（14）周岁个人的父母或其他监护人单独同意，我们不会收集、使用或以其他方式处理其个人信息。',
        en: 'We will not collect, use or otherwise process Personal Information of individuals who are under fourteen (14) years of age without separate consent from their parents or guardians.',
      },
    },
    {
      id: '12.3',
      text: {
        'zh-CN':
          '如我们已就处理未成年人的个人信息取得其父母或监护人的单独同意，我们将仅在中国大陆境内处理、保存和保护该等未成年人的个人信息，且处理方式与本隐私政策所述相同。如父母或监护人拒绝就我们处理其未成年子女的必要个人信息作出单独同意，我们可能无法向其未成年子女提供某些服务。如需为未成年人行使任何个人信息主体权利，请参阅上文“您如何行使您的个人信息主体权利”部分。',
        en: 'Where we have obtained separate consent from parents or guardians for Processing their minors’ Personal Information, we will only Process, retain and protect those minors’ Personal Information in the Chinese Mainland, and in the same manner as set out in this Privacy Policy. If the parents or guardians refused to provide separate consent for our Processing of their minors’ Personal Information which are necessary, we may not be able to provide certain Services to their minors. To exercise any data subject rights for minors, please refer to “How do you exercise your data subject rights” section above.',
      },
    },
  ],
}
