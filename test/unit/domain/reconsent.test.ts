import { policy } from '../../../src/catalogue/policy'
import { currentPolicyVersion } from '../../../src/catalogue/policy/versions'
import { purposes } from '../../../src/catalogue/purposes'
import type { PolicyVersionRecord } from '../../../src/catalogue/types'
import type { ConsentEvent } from '../../../src/domain/consent-event'
import { deriveConsentState, type ConsentContext } from '../../../src/domain/ledger'
import {
  changedParagraphsSince,
  isAffectedBy,
  listParagraphs,
} from '../../../src/domain/policy-version'
import { reconsentPlan } from '../../../src/domain/reconsent'

/** An older release that differs from the current one only in §3.4 (the opt-out paragraph). */
const older: PolicyVersionRecord = {
  ...currentPolicyVersion,
  version: '2022-01+00000000',
  paragraphHashes: { ...currentPolicyVersion.paragraphHashes, '3.4': 'older-3.4-hash' },
}
const history = [older, currentPolicyVersion]
const allParagraphs = listParagraphs(policy).map((u) => u.id)

const ctx: ConsentContext = {
  purposes,
  currentPolicyVersion: currentPolicyVersion.version,
  changedParagraphsSince: (v) => changedParagraphsSince(v, history, currentPolicyVersion),
  isAffectedBy,
  subjectUnder14: false,
}

const grant = (purposeId: string, policyVersion: string, at = 1_000): ConsentEvent => ({
  eventId: `e-${purposeId}-${policyVersion}`,
  purposeId,
  action: 'grant',
  policyVersion,
  at,
  source: 'consent-center',
  deviceId: 'd',
  actor: 'user',
  bulk: false,
})

const plan = (events: ConsentEvent[]) =>
  reconsentPlan(deriveConsentState(events, ctx), purposes, {
    changedParagraphsSince: ctx.changedParagraphsSince,
    isAffectedBy,
    allParagraphs,
  })

describe('re-consent plan (§14.1)', () => {
  it('§14.1 asks again only for purposes citing a changed paragraph, and they count as not granted', () => {
    const events = [
      grant('marketing-sms', older.version),
      grant('marketing-email', older.version),
      grant('precise-location', older.version),
      grant('receipt-photos', currentPolicyVersion.version),
    ]
    const state = deriveConsentState(events, ctx)
    const p = plan(events)
    expect(p.purposes.map((x) => x.id)).toEqual(['marketing-sms', 'marketing-email'])
    expect(p.changedParagraphs).toEqual(['3.4'])
    expect(p.changedSections).toEqual(['3'])
    expect(p.reasons['marketing-sms']).toEqual(['3.4', '3.4(a)', '3.4(c)', '3.4(e)'])
    expect(state['marketing-sms']?.granted).toBe(false)
    expect(state['marketing-sms']?.status).toBe('needs-reconsent')
    // Untouched grants stay granted: §2.2 did not change, and a current grant is current.
    expect(state['precise-location']?.granted).toBe(true)
    expect(state['receipt-photos']?.granted).toBe(true)
  })

  it('§14.1 an unknown version counts as everything changed', () => {
    const p = plan([grant('precise-location', 'unknown-version')])
    expect(p.purposes.map((x) => x.id)).toEqual(['precise-location'])
    expect(p.changedParagraphs).toEqual(allParagraphs)
    expect(p.changedSections[0]).toBe('1')
  })

  it('§14.1 withdrawn or never-given purposes are not asked', () => {
    const withdrawn: ConsentEvent = {
      ...grant('marketing-sms', older.version, 2_000),
      eventId: 'w',
      action: 'withdraw',
    }
    const p = plan([grant('marketing-sms', older.version), withdrawn])
    expect(p.purposes).toEqual([])
    expect(p.changedSections).toEqual([])
  })
})
