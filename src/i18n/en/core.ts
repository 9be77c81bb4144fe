import type { MessagesOf } from '../zh-cn'

/** English for ../zh-cn/core.ts. */
export const core: MessagesOf<'app' | 'common' | 'home' | 'sync'> = {
  app: {
    name: 'INDIGO Privacy Center',
    brand: 'INDIGO 颐堤港',
  },
  common: {
    languageName: 'English',
    switchLanguage: '中文',
    // WCAG 2.5.3: the name starts with the visible label.
    switchLanguageLabel: '中文 (Switch to Chinese)',
    back: 'Back',
    retry: 'Retry',
    loading: 'Loading…',
    cancel: 'Cancel',
    confirm: 'Confirm',
  },
  home: {
    title: 'Privacy and consent',
    intro:
      'See how INDIGO processes your personal information and manage your choices at any time.',
    policyHeading: 'The privacy policy at a glance',
    versionLine: (date, version) => `Version ${version}, updated ${date}`,
    prevailsLine:
      'This policy is written in Chinese; if the English translation differs, the Chinese version prevails.',
    consentHeading: 'Your consents',
    grantedCount: (granted, optional) => `${granted} of ${optional} optional purposes allowed`,
    nothingGranted:
      'You have not allowed any optional purpose. Anything you have not explicitly allowed counts as not allowed.',
    storageRecovered:
      'Your saved choices could not be read, so nothing counts as allowed. The server keeps your record.',
    rightsEntryTitle: 'My data rights',
    rightsEntryText:
      'Access, copy, correct or delete your information, withdraw consent or close your account, and follow your requests.',
    memberEntryTitle: 'Member services',
    memberEntryText:
      'Points, receipts, e-parking and the store finder. Features that need more information ask for your consent when you use them.',
  },
  sync: {
    synced: 'Synced',
    pending: (n) => `${n} pending`,
    offline: 'Offline: will sync when the network is back',
    error: 'Sync failed',
  },
}
