import type { MessagesOf } from '../zh-cn'

/** English for ../zh-cn/about.ts. */
export const about: MessagesOf<'history' | 'transparency'> = {
  history: {
    title: 'Consent history',
    intro: 'Every consent you gave or withdrew, newest first. Entries are only ever added.',
    empty: 'Nothing recorded yet.',
    action: { grant: 'Given', withdraw: 'Withdrawn' },
    actor: { user: 'you', guardian: 'your guardian' },
    by: (actor: string) => `By: ${actor}`,
    byGuardianPhone: (phone: string) => `By: your guardian (phone ${phone}, verified)`,
    version: (v: string) => `Policy version: ${v}`,
    where: (source: string) => `Where: ${source}`,
    bulk: 'bulk choice',
    source: {
      notice: 'privacy notice',
      'consent-center': 'consent center',
      'separate-consent': 'separate consent screen',
      'just-in-time': 'asked when using a feature',
      'marketing-preferences': 'marketing preferences',
      're-consent': 'confirmed after a policy change',
      'guardian-flow': 'guardian consent',
      'unsubscribe-link': 'unsubscribe link',
      'sms-reply': 'SMS reply',
      'call-centre': 'call centre',
      dpo: 'Data Protection Officer',
      'rights-request': 'rights request',
      deregistration: 'account deregistration',
    },
    receiptsHeading: 'Consent receipts',
    receiptsIntro:
      'The receipt the server issues for each entry (after ISO/IEC TS 27560), to view and export.',
    loadReceipts: 'View consent receipts',
    receiptsCount: (n: number) => `${n} receipts`,
    receiptLine: (id: string, seq: number) => `Receipt ${id} (entry ${seq})`,
    exportReceipts: 'Export receipts (copy)',
    exported: 'Receipts copied: paste them somewhere to keep.',
    exportFailed: 'Could not copy: press and hold the text below to copy it.',
    receiptsFailed: 'Could not load receipts: ',
  },
  transparency: {
    title: 'Transparency',
    intro:
      'What we collect where, who receives it, how long we keep it, how automated decisions work, and how to reach us.',
    whereHeading: 'What we collect where',
    collected: 'Information collected',
    reasons: 'Why',
    recipientsHeading: 'Who receives your information (§4)',
    recipientsSummary:
      'Only processors acting for INDIGO and INDIGO group companies. We do not give your personal information to third-party handlers.',
    retentionHeading: 'How long we keep it (§8.1)',
    admHeading: 'Automated decision making and your rights (§9)',
    dpoHeading: 'Contact the Data Protection Officer (§10.2)',
    fullText: 'Read the full text',
  },
}
