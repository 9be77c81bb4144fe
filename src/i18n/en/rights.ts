import type { MessagesOf } from '../zh-cn'

/** English for ../zh-cn/rights.ts. */
export const rights: MessagesOf<
  | 'rightsHome'
  | 'rightsForm'
  | 'rightsVerify'
  | 'rightsStatus'
  | 'rightsTimeline'
  | 'rightsList'
  | 'rightsDetail'
  | 'rightsExport'
  | 'rightsDone'
  | 'rightsErrors'
> = {
  rightsHome: {
    title: 'Exercise your rights',
    intro:
      'You (or your next of kin, or you for your minor child) can make the requests below here. We first check it is you with a text-message code (§10.3).',
    howLong: 'Once your identity is verified, we answer or finish within 15 working days.',
    limitsHeading: 'Good to know',
    limitsText:
      'As far as the law allows, we may refuse unreasonable requests (for example ones that would infringe the privacy of others), and we may charge a reasonable fee for the cost of access or correction requests (§10.4).',
    myRequests: 'My requests',
    start: 'Make a request',
    deregisterTitle: 'Close my account',
    deregisterText: 'Your points are forfeited and your membership ends. This cannot be undone.',
    deregisterAction: 'Read more and close',
    happens: {
      'access-copy':
        'We gather your personal information; when done you can read and copy it in the app.',
      'correct-supplement': 'We check and correct or complete your information and tell you.',
      'restrict-reject': 'We stop or limit processing your information for the chosen purposes.',
      'delete-deregister':
        'We delete the chosen information, or close your account and delete everything, keeping only a minimal record that it was done.',
      'withdraw-consent':
        'We stop the processing based on the chosen consents; what was done before is not affected.',
      transfer:
        "Where the authorities' rules allow it, we send your information to the organisation you name.",
      'automated-decision':
        'We explain the rules behind the decision, or stop deciding about you by automated means alone (§9.3).',
      'explain-rules': 'We answer your question about our processing rules in writing.',
    },
  },
  rightsForm: {
    forWhom: 'Who is this for?',
    onBehalfOf: {
      self: 'Myself',
      'guardian-of-minor': 'My minor child (as guardian)',
      'next-of-kin': 'A deceased relative (as next of kin)',
    },
    proofNote:
      'When you act for someone else, add a photo of the proof of relationship (such as the household register, a birth certificate or a death certificate).',
    optional: ' (optional)',
    formatNote:
      'The export is JSON (machine-readable); you can also read it as a summary in the mini program. No CSV: nested records such as the consent history and request progress do not fit one table.',
    photos: {
      evidence: 'Evidence photo',
      'relationship-proof': 'Photo of the proof of relationship',
    },
    photoHints: {
      evidence: 'For example a photo of an ID card or a bill, to help us check the correct value.',
      'relationship-proof':
        'A photo of the household register, a birth or a death certificate, used only to check this request.',
    },
    photoAlbum: 'Choose from album',
    photoCamera: 'Take a photo',
    photoChosen: (kb: number) => `1 photo chosen (about ${kb} KB)`,
    photoRemove: 'Remove photo',
    photoUnreadable: 'The photo cannot be read or is too large; please choose it again and send.',
    feeNote:
      'We may charge a reasonable fee for the cost of access or correction requests (§10.4).',
    withdrawHint:
      'Only want to withdraw a few consents? Switch them off in My consents: it takes effect at once, no request needed.',
    openConsentCenter: 'Go to My consents',
    selectAll: 'Select all',
    explainNote:
      'You can ask us to explain the rules of a decision, or refuse decisions made by automated means alone (§9.3(b)).',
    consequencesTitle: 'Before you close your account',
    consequences: [
      'All your points are forfeited, and rewards redeemed but not used expire.',
      'Your membership ends; your licence plates, receipts and other records are deleted.',
      'Closing cannot be undone; to use our services again you would register anew.',
      'We keep only a minimal record that the account was closed, as proof that we did as you asked.',
    ],
    confirmLabel: 'I understand the consequences and want to close my account',
    next: 'Next: verify your identity',
    draftSaved: 'Draft saved automatically',
    fixErrors: 'Please correct the fields marked in red.',
    submitting: 'Sending…',
    submit: 'Send request',
    errors: {
      required: 'Please fill this in.',
      'too-long': 'This is too long; please shorten it.',
      'bad-characters': 'This contains characters we cannot read; please remove them.',
      'date-invalid': 'Enter a real date as year-month-day, e.g. 2012-05-01.',
      'date-in-future': 'The date cannot be later than today.',
      'subject-not-minor':
        'This date means the person is an adult: they must make the request themselves.',
      'confirm-required': 'Please tick the box to confirm.',
      'proof-required': 'Please add a photo of the proof of relationship.',
      'email-empty': 'Please enter an email address.',
      'email-too-long': 'This email address is too long.',
      'email-bad-format': 'This email address is not valid, e.g. name@example.com.',
      'email-bad-domain': 'The domain of this email address is not valid, e.g. example.com.',
    },
    datePlaceholder: 'Year-month-day, e.g. 2012-05-01',
    choose: 'Choose',
    categories: {
      profile: 'Profile (nickname, mobile number, email, date of birth)',
      consents: 'Consent records',
      'rights-requests': 'Rights requests',
      'licence-plates': 'Licence plates',
      receipts: 'Receipts and photos',
      points: 'Points',
    },
  },
  rightsVerify: {
    title: 'Verify your identity',
    intro: 'To keep your account safe, we check it is you before the request is sent (§10.3).',
    sentTo: (phone: string) => `We sent a code to ${phone}. It is valid for 5 minutes.`,
    send: 'Send code',
    resendIn: (s: number) => `Resend in ${s} s`,
    resend: 'Send a new code',
    codeLabel: 'Text-message code',
    codePlaceholder: '6 digits',
    verify: 'Verify and send',
    verifying: 'Verifying…',
    verified: 'Identity verified',
    codeInvalid: 'Enter the 6-digit code from the text message.',
    noPhone:
      'Your account has no mobile number yet. Enter one and we will send the code to that number.',
    phoneLabel: 'Mobile number',
    phonePlaceholder: '11-digit mainland China number',
    savePhone: 'Save and send code',
    phoneErrors: {
      'phone-empty': 'Please enter your mobile number.',
      'phone-not-digits': 'A mobile number contains digits only.',
      'phone-bad-length': 'A mobile number has 11 digits.',
      'phone-bad-prefix': 'Enter a mainland China mobile number starting with 13–19.',
    },
    tooManyAttempts: 'Too many wrong tries: this code no longer works. Please ask for a new one.',
    expired: 'The code has expired. Please ask for a new one.',
  },
  rightsStatus: {
    submitted: 'Sent, identity not yet verified',
    verified: 'Verified, waiting to be handled',
    'in-progress': 'In progress',
    completed: 'Completed',
    rejected: 'Refused',
    cancelled: 'Cancelled',
  },
  rightsTimeline: {
    submitted: 'Sent',
    verified: 'Identity verified',
    'in-progress': 'In progress',
    completed: 'Completed',
    rejected: 'Refused',
    cancelled: 'Cancelled',
  },
  rightsList: {
    title: 'My requests',
    empty: 'You have not made any requests yet.',
    newRequest: 'Make a new request',
    submittedOn: (date: string) => `Sent on ${date}`,
    dueBy: (date: string, estimated = false) =>
      estimated
        ? `Answer expected by ${date} (an estimate until that year's public holidays are announced)`
        : `Answer due by ${date}`,
    forOther: 'For someone else',
  },
  rightsDetail: {
    listSeparator: ', ',
    title: 'Request details',
    status: 'Status',
    dueBy: (date: string, estimated = false) =>
      estimated
        ? `We expect to answer by ${date} (15 working days after your identity was verified). This date is an estimate: that year's public holidays are not announced yet, and it is fixed once they are.`
        : `We will answer by ${date} (15 working days after your identity was verified).`,
    overdue:
      'The answer is overdue. If you have not heard from us, contact our Data Protection Officer at info@indigobeijing.com.',
    notVerified:
      'Your identity is not verified yet. We start once it is, and the 15 working days count from then.',
    verifyNow: 'Verify my identity now',
    timeline: 'Progress',
    details: 'What you asked',
    result: 'Result',
    viewExport: 'View my exported information',
    rejectedHeading: 'Why we refused',
    reasons: {
      unreasonable: 'The request is unreasonable (§10.4)',
      'identity-not-verified': 'Your identity could not be verified (§10.3)',
      'not-permitted-by-law': 'The law does not permit it',
      duplicate: 'A duplicate request',
      other: 'Another reason',
    },
    cancel: 'Cancel request',
    cancelTitle: 'Cancel this request?',
    cancelText: 'We will stop handling it. You can make a new request whenever you like.',
    keep: 'Keep it',
    confirmCancel: 'Cancel request',
    resultItems: {
      withdrawn: (n: number) => `${n} consent(s) withdrawn`,
      deleted: 'Records deleted',
      erasure: 'Your account was closed and its information deleted.',
    },
    photoKept: (kb: number) => `Sent with the request (about ${kb} KB)`,
    notFound: 'This request cannot be found.',
  },
  rightsExport: {
    title: 'My personal information',
    intro:
      'A summary of the personal information we hold about you. The full copy is JSON: copy it to keep it.',
    introJson:
      'You asked for JSON only: below is the full copy of the personal information we hold about you, to copy and keep or pass on.',
    exportedAt: (at: string) => `Exported ${at} (Beijing time)`,
    profile: 'Profile',
    noProfile: 'No profile details are stored.',
    fields: {
      nickname: 'Nickname',
      phone: 'Mobile number',
      email: 'Email',
      birthDate: 'Date of birth',
    },
    sections: {
      profile: 'Profile',
      consents: 'Consent status',
      ledger: 'Consent history',
      rightsRequests: 'Rights requests',
      plates: 'Licence plates',
      receipts: 'Receipts',
      points: 'Points history',
    },
    records: (n: number) => (n === 1 ? '1 record' : `${n} records`),
    pointsBalance: (n: number) => `Points balance: ${n}`,
    json: 'Full copy (JSON)',
    copy: 'Copy JSON',
    copied: 'Copied. Paste it into a note or send it to yourself to keep it.',
    copyFailed: 'Could not copy. Press and hold the text below to copy it by hand.',
    notAvailable: 'This request has no export to show.',
  },
  rightsDone: {
    title: 'Request sent',
    text: (date: string, estimated = false) =>
      estimated
        ? `We have your request and expect to answer by ${date} (an estimate until that year's public holidays are announced).`
        : `We have your request and will answer by ${date}.`,
    deregisteredTitle: 'Account closure requested',
    deregisteredText: (date: string, estimated = false) =>
      `${
        estimated
          ? `We expect to close your account by ${date} (an estimate until that year's public holidays are announced).`
          : `We will close your account by ${date}.`
      } Everything on this device has been wiped and the app is back to how it was when first opened.`,
    backHome: 'Back to start',
    viewRequest: 'View request',
  },
  rightsErrors: {
    network: 'No connection. Check your network and try again; what you entered is saved.',
    notice: 'Please read and agree to the privacy notice before making a request.',
    generic: 'Something went wrong. Please try again later.',
    loadFailed: 'Could not load.',
  },
}
