import type { PolicySectionBody } from '../../types'

/**
 * §15 Language of Privacy Policy.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section15: PolicySectionBody = {
  id: '15',
  paragraphs: [
    {
      id: '15.1',
      text: {
        'zh-CN':
          '本隐私政策以中文撰写，并可能被翻译成其他语言。如本隐私政策的中文版本与译本存在任何不一致，以中文版本为准。',
        en: 'This Privacy Policy is written in Chinese language and may be translated into other languages. In the event of any inconsistency between the Chinese version and the translated version of this Privacy Policy, the Chinese version shall prevail.',
      },
    },
  ],
}
