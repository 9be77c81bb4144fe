/**
 * The §10.1 request types and their closed value lists, apart from the field texts in
 * ./rights.ts: the store (drafts) needs only these, so the main package does not carry the
 * rights texts (main package budget, bench/index.ts).
 */
export const rightsRequestTypes = [
  'access-copy',
  'correct-supplement',
  'restrict-reject',
  'delete-deregister',
  'withdraw-consent',
  'transfer',
  'automated-decision',
  'explain-rules',
] as const
export type RightsRequestType = (typeof rightsRequestTypes)[number]

/** §10.1: for oneself, for one's minor child, or as next of kin (PIPL Art. 49). */
export const onBehalfOfValues = ['self', 'guardian-of-minor', 'next-of-kin'] as const
export type OnBehalfOf = (typeof onBehalfOfValues)[number]

/** The categories of personal information a request may name (export, erasure, transfer). */
export const requestDataCategories = [
  'profile',
  'consents',
  'rights-requests',
  'licence-plates',
  'receipts',
  'points',
] as const
export type RequestDataCategory = (typeof requestDataCategories)[number]

/**
 * Photos a request may carry (§10.1): evidence for a correction (optional) and the proof of
 * relationship of a guardian or next of kin (required when acting for someone else).
 */
export const attachmentKinds = ['evidence', 'relationship-proof'] as const
export type AttachmentKind = (typeof attachmentKinds)[number]
