/**
 * A small synthetic catalogue and fast-check arbitraries for the ledger's property tests. The
 * domain does not know the real catalogue, so its rules are proved on a catalogue that has one
 * purpose of every kind; test/unit/catalogue checks the real one.
 */
import fc from 'fast-check'
import type { Purpose } from '../../../src/catalogue/types'
import { consentSources, type ConsentEvent } from '../../../src/domain/consent-event'
import type { ConsentContext } from '../../../src/domain/ledger'

const base = {
  sensitive: false,
  defaultGranted: false,
  dataCategories: [],
  businessFunctions: [],
  retention: { maxYears: 6 },
  deletesOnWithdrawal: [],
} as const satisfies Partial<Purpose>

const purpose = (
  id: string,
  group: Purpose['group'],
  kind: Pick<Purpose, 'legalBasis' | 'required' | 'separateConsent' | 'policyRefs'> &
    Partial<Purpose>,
): Purpose => ({ ...base, id, group, ...kind })

export const testPurposes: readonly Purpose[] = [
  purpose('opt-a', 'marketing', {
    legalBasis: 'consent',
    required: false,
    separateConsent: false,
    policyRefs: ['3.4'],
    channel: 'sms',
  }),
  purpose('opt-b', 'web', {
    legalBasis: 'consent',
    required: false,
    separateConsent: false,
    policyRefs: ['11.1'],
  }),
  purpose('sep-s', 'location', {
    legalBasis: 'separate-consent',
    required: false,
    separateConsent: true,
    sensitive: true,
    policyRefs: ['2.2(b)', '7.3'],
  }),
  purpose('req-contract', 'membership', {
    legalBasis: 'contract',
    required: true,
    separateConsent: false,
    policyRefs: ['3.1(b)'],
  }),
  purpose('req-legal', 'membership', {
    legalBasis: 'legal-obligation',
    required: true,
    separateConsent: false,
    policyRefs: ['3.1(n)'],
  }),
  purpose('guardian-consent', 'minors', {
    legalBasis: 'separate-consent',
    required: false,
    separateConsent: true,
    sensitive: true,
    policyRefs: ['12.2'],
  }),
]

export const optionalIds = testPurposes.filter((p) => !p.required).map((p) => p.id)
export const requiredIds = testPurposes.filter((p) => p.required).map((p) => p.id)
export const separateIds = testPurposes.filter((p) => p.separateConsent).map((p) => p.id)

export const CURRENT = 'v3'
/** What changed since each older version; 'v0' is unknown to the policy history. */
const changedSince: Readonly<Record<string, ReadonlySet<string>>> = {
  v3: new Set(),
  v2: new Set(['3.4', '7.3']),
  v1: new Set(['3.4', '7.3', '11.1', '12.2']),
}
export const versions = ['v0', 'v1', 'v2', 'v3'] as const

export const context = (subjectUnder14 = false): ConsentContext => ({
  purposes: testPurposes,
  currentPolicyVersion: CURRENT,
  changedParagraphsSince: (version) => changedSince[version],
  isAffectedBy: (ref, changed) => changed.has(ref),
  subjectUnder14,
})

export const event = (over: Partial<ConsentEvent> = {}): ConsentEvent => ({
  eventId: 'e1',
  purposeId: 'opt-a',
  action: 'grant',
  policyVersion: CURRENT,
  at: 1000,
  source: 'consent-center',
  deviceId: 'd1',
  actor: 'user',
  bulk: false,
  ...over,
})

/** Few ids, times and versions, so that ties, duplicates and stale grants are common. */
export const arbEvent = (
  purposeIds: readonly string[] = [...optionalIds, ...requiredIds, 'unknown-purpose'],
): fc.Arbitrary<ConsentEvent> =>
  fc.record({
    eventId: fc.string({ minLength: 1, maxLength: 4 }),
    purposeId: fc.constantFrom(...purposeIds),
    action: fc.constantFrom('grant' as const, 'withdraw' as const),
    policyVersion: fc.constantFrom(...versions),
    at: fc.integer({ min: 0, max: 12 }),
    source: fc.constantFrom(...consentSources),
    deviceId: fc.constantFrom('d1', 'd2'),
    actor: fc.constantFrom('user' as const, 'guardian' as const),
    bulk: fc.boolean(),
  })

/** A ledger: events with unique ids, in arbitrary arrival order. */
export const arbLedger = (purposeIds?: readonly string[]): fc.Arbitrary<ConsentEvent[]> =>
  fc.uniqueArray(arbEvent(purposeIds), { selector: (e) => e.eventId, maxLength: 25 })

/** The same ledger in another arrival order, with some events delivered twice or more. */
export const arbRedelivery = (ledger: readonly ConsentEvent[]): fc.Arbitrary<ConsentEvent[]> =>
  fc
    .tuple(
      fc.shuffledSubarray([...ledger], { minLength: ledger.length, maxLength: ledger.length }),
      fc.array(fc.constantFrom(...(ledger.length > 0 ? ledger : [event()])), { maxLength: 10 }),
    )
    .chain(([all, again]) => {
      const copies = ledger.length > 0 ? again : []
      return fc.shuffledSubarray([...all, ...copies], {
        minLength: all.length + copies.length,
        maxLength: all.length + copies.length,
      })
    })

export const RUNS = { numRuns: 1000 }
