import type { MessagesOf } from '../zh-cn'

/** English for ../zh-cn/consent.ts. */
export const consent: MessagesOf<
  | 'consentCenter'
  | 'purposeGroups'
  | 'legalBasis'
  | 'purposeCard'
  | 'withdrawConfirm'
  | 'separateConsent'
  | 'scopes'
> = {
  consentCenter: {
    title: 'My consents',
    intro:
      'Every optional use is your decision and starts off. Turn any of them on or withdraw at any time: withdrawing is as easy as agreeing.',
    allowAll: 'Turn on all optional uses',
    allowAllNote:
      'Does not include items that need your separate consent (such as face, precise location, receipt photos): you confirm each of those on its own.',
    withdrawAll: 'Withdraw all optional consents',
    guestBanner:
      'You are browsing as a guest. Agree to the Privacy Policy to turn on optional uses; you can withdraw at any time.',
    guestAction: 'Read the Privacy Policy',
    groupIntro: {
      membership: 'Membership, points and coupons, and your member profile.',
      marketing:
        'How you would like to hear about offers and events. Service announcements are not marketing and cannot be switched off (§3.5).',
      location: 'Features that use your location, such as finding the stores nearest to you.',
      'photos-plates': 'Receipt photos you upload and licence plates you link.',
      office: 'ONE INDIGO office membership and turnstiles.',
      wifi: 'Using the mall WiFi and footfall analysis.',
      personalisation:
        'Personalised recommendations, combining data across services, and analysis.',
      web: 'Cookies and log information on our web pages (§11).',
      minors: 'Personal information of children under 14 (§1.6, §12).',
    },
  },
  purposeGroups: {
    membership: 'Membership',
    marketing: 'Marketing',
    location: 'Location',
    'photos-plates': 'Photos and plates',
    office: 'Office',
    wifi: 'Mall WiFi',
    personalisation: 'Personalisation and analysis',
    web: 'Web and cookies',
    minors: 'Children',
  },
  legalBasis: {
    consent: 'Your consent',
    'separate-consent': 'Your separate consent (§7.3)',
    contract: 'Necessary for a contract you are party to (§3.8(a))',
    'legal-obligation': 'Necessary for a legal duty or obligation (§3.8(b))',
    'vital-interest': 'Necessary to protect life, health or property (§3.8(c))',
  },
  purposeCard: {
    necessary: 'Necessary',
    necessaryNote: 'Needed to provide the service; no separate consent.',
    on: 'On',
    off: 'Off',
    needsReconsent: 'Policy updated: please confirm again',
    needsGuardian: "Needs a guardian's consent",
    separateTag: 'Separate consent',
    sensitiveTag: 'Sensitive',
    data: 'What we collect',
    where: 'Where',
    retention: 'How long',
    basis: 'Legal basis',
    recipients: 'Who receives it',
    ifRefused: 'If you say no',
    moreDetails: 'Details: what, where, how long, legal basis ▾',
    lessDetails: 'Fewer details ▴',
    refs: 'Policy clauses',
    listSeparator: ', ',
    switchLabel: (name) => `${name}: switch`,
  },
  withdrawConfirm: {
    title: (name) => `Withdraw "${name}"?`,
    deletes: (items) => `If you withdraw, we will delete: ${items}.`,
    confirm: 'Withdraw and delete',
    cancel: 'Cancel',
  },
  separateConsent: {
    badge: 'Separate consent',
    badgePlain: 'Consent',
    purpose: 'What it is for and why',
    data: 'Personal information involved',
    sensitive: ' (sensitive)',
    ifRefused: 'If you say no',
    retention: 'How long it is kept',
    recipients: 'Who receives it',
    permission: 'WeChat permission',
    permissionNote: (scope) =>
      `After you agree, WeChat will ask you separately whether to allow ${scope}; you can still refuse there.`,
    refs: 'Policy clauses',
    onlyThis: 'This consent covers this one use only, nothing else.',
    agree: (name) => `Agree to "${name}"`,
    refuse: 'No, thanks',
    grantedOn: (date) => `You agreed on ${date}.`,
    withdraw: 'Withdraw consent',
    guardianCheck: "I am the child's parent or guardian and consent on the child's behalf",
    guardianNote: 'We verify the guardian in a later step (§12.2).',
    unknown: 'This use was not found.',
    guestNote: 'Please agree to the Privacy Policy first to turn this on.',
    guestAction: 'Read the Privacy Policy',
  },
  scopes: {
    'scope.userLocation': 'your precise location',
    'scope.camera': 'the camera',
    'scope.writePhotosAlbum': 'the photo album',
  },
}
