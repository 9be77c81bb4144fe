import type { MessagesOf } from '../zh-cn'

/** English for ../zh-cn/choices.ts. */
export const choices: MessagesOf<'marketingPrefs' | 'guardian'> = {
  marketingPrefs: {
    title: 'Marketing preferences',
    intro:
      'Choose, channel by channel, how we may send you offers. Nothing is sent on a channel you have not switched on.',
    stopAll: 'Stop all marketing',
    stopAllNote: 'One tap switches off every marketing channel and personalised push (§3.4(c)).',
    stoppedAll: 'All marketing stopped.',
    nothingOn: 'No marketing channel is on.',
    channelsHeading: 'Marketing channels',
    personalisedHeading: 'Personalised push',
    personalisedNote:
      'When on, we pick what to send you from your membership and spending (automated decision making, §9.3(a)). When off, you may still get messages that are not personalised.',
    serviceHeading: 'Service announcements',
    serviceNote:
      'Service announcements (account security, points changes, policy updates) are not marketing. They are needed to provide the service and cannot be switched off (§3.5).',
    guardianNeeded: 'You are under 14: your guardian has to agree before this can be switched on.',
    guardianAction: 'Go to guardian consent',
  },
  guardian: {
    title: 'Age and guardian consent',
    birthIntro:
      'Please enter your date of birth. For users under 14 we process personal information only after a guardian agrees (§1.6, §12).',
    birthLabel: 'Date of birth',
    birthPlaceholder: 'YYYY-MM-DD, e.g. 2012-05-01',
    birthInvalid: 'Enter a real date as YYYY-MM-DD.',
    birthFuture: 'The date of birth cannot be after today.',
    saveBirth: 'Confirm',
    adult: 'You are 14 or older and manage your own consents.',
    childIntro:
      'You are under 14. Until your guardian agrees, no optional purpose can be switched on and nothing personal is sent.',
    guardianHeading: 'For your guardian',
    guardianText:
      'Parent or guardian: please read what the privacy policy says about minors and verify your mobile number. The code goes to your phone, and the record shows the consent as yours.',
    readRules: 'Read §1.6 and §12 of the privacy policy (minors)',
    phoneLabel: "Guardian's mobile number",
    phonePlaceholder: '11-digit mobile number',
    phoneInvalid: 'Enter a valid 11-digit mainland China mobile number.',
    sendCode: 'Send code',
    resend: (s: number) => `Resend in ${s} s`,
    sentTo: (masked: string) => `Code sent to ${masked}`,
    codeLabel: 'Verification code',
    codePlaceholder: '6 digits',
    codeInvalid: 'Enter the 6-digit code.',
    agree: 'Verify and agree as guardian',
    granted: 'The guardian agreed. The guardian now decides each optional purpose below.',
    purposesHeading: 'Optional purposes, decided by the guardian',
    error: (msg: string) => `That did not work: ${msg}`,
    changeBirth: 'Change date of birth',
  },
}
