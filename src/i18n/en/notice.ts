import type { MessagesOf } from '../zh-cn'

/** English for ../zh-cn/notice.ts. */
export const notice: MessagesOf<'notice' | 'policyText' | 'privacyPopup' | 'footer'> = {
  notice: {
    title: 'Privacy Policy',
    intro:
      'Before we collect any of your personal information, here is how INDIGO handles it: a plain summary of each section, and the full text whenever you want it.',
    versionLine: (date, version) => `Version ${version}, published ${date}`,
    prevailsLine:
      'This policy is published in Chinese and English; if they differ, the Chinese version prevails.',
    specificPolicies:
      'Where a platform or service has its own specific privacy policy, that policy prevails (§13).',
    summaryHeading: 'Each section in brief',
    readFullText: 'Read the full text (with clause numbers)',
    openContract: 'WeChat mini program privacy guidelines',
    agreeHeading: 'Your choice',
    agreeHint:
      'If you agree, we process your information only for what the service needs. Optional uses such as marketing, location and photos all start off; you decide each one under "My consents".',
    declineHint:
      'If you decline, you can still browse stores, events and this policy as a guest, and we collect none of your personal information.',
    agree: 'Agree and continue',
    decline: 'Decline, just browse',
    acceptedOn: (date) => `You agreed to this policy on ${date}.`,
    declinedNow:
      'You are browsing as a guest and we collect none of your personal information. You can agree here at any time.',
    back: 'Back',
  },
  policyText: {
    title: 'Privacy Policy: full text',
    contents: 'Contents',
    section: (id) => `Section ${id}`,
    businessFunctions: 'Business functions',
  },
  privacyPopup: {
    title: 'Your privacy',
    // WeChat's contract name is Chinese: the English text names the policy itself.
    body: () =>
      'Before you use this feature, please read and agree to the INDIGO Privacy Policy. WeChat lets the mini program use the information only after you agree; declining does not stop you browsing.',
    openContract: 'Read the privacy guidelines',
    agree: 'Agree',
    disagree: 'Decline',
    declined:
      'You did not agree to the privacy guidelines, so nothing was done and nothing was collected. Tap again whenever you want to.',
    dismiss: 'OK',
  },
  footer: {
    policyLink: 'Privacy Policy',
    consentCenterLink: 'My consents',
    guestMode: 'Guest mode: we collect none of your personal information.',
    guestAction: 'Read and agree to the Privacy Policy',
  },
}
