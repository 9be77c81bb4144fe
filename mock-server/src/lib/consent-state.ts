/**
 * The backend's bridge to the shared consent rules (the same code as the app, not a copy):
 * catalogue + policy version + ledger rules -> each user's derived state.
 */
import { purposeById, purposes } from '../../../src/catalogue/purposes'
import { policyVersionHistory } from '../../../src/catalogue/policy/versions'
import type { MarketingChannel, Purpose } from '../../../src/catalogue/types'
import type { PurposeStateDto } from '../../../src/contract/consents'
import {
  catalogueConsentContext,
  cataloguePolicyChain,
} from '../../../src/domain/catalogue-context'
import type { ConsentEvent } from '../../../src/domain/consent-event'
import {
  deriveConsentState,
  type ConsentContext,
  type ConsentState,
} from '../../../src/domain/ledger'
import { isMarketingEligible } from '../../../src/domain/marketing'
import { isPurposeId } from '../../../src/domain/purpose-id'
import type { PublishedPolicyVersion } from '../../../src/domain/policy-chain'
import { isUnder14 } from '../../../src/domain/minors'
import { beijingDate } from '../../../src/domain/working-days'
import { toEvent, type LedgerStore } from '../db/ledger'
import type { UserRow } from '../db/users'

/**
 * §14.1: per server (keyed by its ledger store, one per database), the versions published
 * after the shipped text (db/policy-versions.ts keeps them; the policy routes load and update
 * this). Kept beside the rules so every derivation, audiences included, sees the same chain.
 */
const publishedByServer = new WeakMap<LedgerStore, readonly PublishedPolicyVersion[]>()

export function setPublishedPolicy(
  ledger: LedgerStore,
  newer: readonly PublishedPolicyVersion[],
): void {
  publishedByServer.set(ledger, newer)
}

/** The version in force on this server: the last one published, else the shipped one. */
export function policyVersionIn(ledger: LedgerStore): string {
  return cataloguePolicyChain(publishedByServer.get(ledger)).currentVersion
}

/**
 * §14.1: a version this server published: the shipped text's history or one published since.
 * Anything else is unknown: a grant citing it counts as not granted (the rules treat an unknown
 * version as "everything changed"), a withdrawal citing it still withdraws.
 */
export function isPublishedPolicyVersion(ledger: LedgerStore, version: string): boolean {
  return (
    policyVersionHistory.some((v) => v.version === version) ||
    (publishedByServer.get(ledger) ?? []).some((v) => v.version === version)
  )
}

export const allPurposes: readonly Purpose[] = purposes

export const isKnownPurpose = isPurposeId

/** The catalogue purpose an outside id names; undefined for an unknown or retired one. */
export const purposeOf = (id: string): Purpose | undefined =>
  isPurposeId(id) ? purposeById[id] : undefined

/** §3.1(g): the marketing purpose of each channel. */
export const marketingPurposeFor = (channel: MarketingChannel): Purpose | undefined =>
  allPurposes.find((p) => p.channel === channel)

export const marketingPurposes: readonly Purpose[] = allPurposes.filter(
  (p) => p.channel !== undefined,
)

export function subjectUnder14(user: Pick<UserRow, 'birth_date'>, now: number): boolean {
  return user.birth_date ? isUnder14(user.birth_date, beijingDate(now)) : false
}

/** The shared wiring of rules, catalogue and policy history (the app uses the same). */
export function consentContext(
  user: Pick<UserRow, 'birth_date'>,
  now: number,
  newer: readonly PublishedPolicyVersion[] = [],
): ConsentContext {
  return catalogueConsentContext(subjectUnder14(user, now), newer)
}

export function deriveFor(ledger: LedgerStore, user: UserRow, now: number): ConsentState {
  const newer = publishedByServer.get(ledger) ?? []
  const publishedAt = new Map(newer.map((v) => [v.version, v.publishedAt]))
  const events: ConsentEvent[] = ledger.entries(user.id).map((entry) => {
    const e = toEvent(entry)
    // §14.1: a grant that reached us before the version it cites was published cannot have been
    // given under it (it was unknown then, so not granted): publishing that version later must
    // not turn it into a grant. The rules see it as citing an unknown version.
    const at = publishedAt.get(e.policyVersion)
    return e.action === 'grant' && at !== undefined && entry.receivedAt < at
      ? { ...e, policyVersion: `${e.policyVersion} (cited before it was published)` }
      : e
  })
  return deriveConsentState(events, consentContext(user, now, newer))
}

export function toDtos(state: ConsentState): PurposeStateDto[] {
  return allPurposes.map((p) => {
    const s = state[p.id]
    const d = s?.decidedBy
    return {
      purposeId: p.id,
      granted: s?.granted ?? false,
      status: s?.status ?? 'not-set',
      ...(d ? { policyVersion: d.policyVersion, decidedAt: d.at, decidedBy: d.eventId } : {}),
    }
  })
}

export const isGranted = (state: ConsentState, purposeId: string): boolean =>
  state[purposeId]?.granted === true

export function eligibleForMarketing(
  state: ConsentState,
  channel: MarketingChannel,
  personalised: boolean,
): boolean {
  return isMarketingEligible(state, channel, { personalised })
}
