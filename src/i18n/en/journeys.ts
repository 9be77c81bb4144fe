import type { MessagesOf } from '../zh-cn'

/** English for ../zh-cn/journeys.ts. */
export const journeys: MessagesOf<'journeyLinks' | 'unsubscribe' | 'whatChanged'> = {
  journeyLinks: {
    reconsent: (n: number) =>
      `Our privacy policy changed: ${n} of your consents need confirming again. Until then they count as not given.`,
    reconsentAction: 'See what changed',
    marketing: 'Marketing preferences',
    marketingText: 'Choose which offers you get on each channel, or stop all marketing in one tap.',
    history: 'Consent history and receipts',
    historyText: 'Every consent given or withdrawn; export your consent receipts.',
    transparency: 'Transparency',
    transparencyText:
      'What we collect where, who receives it, how long we keep it, how to reach the DPO.',
    guardian: 'Age and guardian consent',
    guardianText: 'Users under 14 need their guardian to agree.',
  },
  unsubscribe: {
    title: 'Unsubscribe from marketing',
    intro: 'Tap the button below to stop the marketing this link is for. No login needed.',
    action: 'Unsubscribe',
    working: 'Unsubscribing…',
    done: 'Unsubscribed',
    missingToken:
      'This link is incomplete, so we cannot tell what to stop. Please open the link in the text or email again.',
    failed: 'Could not unsubscribe: ',
    network: 'No network. Please try again later.',
    channels: (list: string) => `Stopped: ${list}`,
    nothingLeft: 'Already unsubscribed: nothing more to do.',
    serviceNote: 'Service announcements are not affected (§3.5).',
    manage: 'Manage all marketing preferences',
  },
  whatChanged: {
    title: 'Our privacy policy changed',
    intro: (version: string) =>
      `The privacy policy changed since you last agreed (now version ${version}). These parts changed.`,
    upToDateTitle: 'Privacy policy',
    upToDate:
      'All your consents were given under the current privacy policy: nothing to confirm again.',
    sectionsHeading: 'Sections that changed',
    paragraphs: (ids: string) => `Changed paragraphs: ${ids}`,
    purposesHeading: 'Purposes to confirm again',
    purposesNote:
      'These purposes rest on paragraphs that changed. Until you agree again they count as not given (§14.1); your other choices stay as they are.',
    reasons: (ids: string) => `Affected paragraphs: ${ids}`,
    readPolicy: 'Read the full policy',
    done: 'Done',
    businessFunctions: 'List of Business Functions',
  },
}
