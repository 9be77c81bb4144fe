/**
 * The purpose catalogue: one entry per purpose the policy needs a choice for (optional ones,
 * off by default) and per necessary or legal purpose (shown without a switch, §3.8).
 * Data only: the rules that read it live in src/domain. The entries are kept by group in
 * ./purposes/ so that each file stays short.
 */
import { purposeGroups } from './types'
import type { Purpose, PurposeGroup } from './types'
import { locationMediaPurposes } from './purposes/location-media'
import { marketingPurposes } from './purposes/marketing'
import { membershipPurposes } from './purposes/membership'
import { officeWifiPurposes } from './purposes/office-wifi'
import { personalisationPurposes } from './purposes/personalisation'
import { webMinorsPurposes } from './purposes/web-minors'

const catalogue = [
  ...membershipPurposes,
  ...marketingPurposes,
  ...personalisationPurposes,
  ...locationMediaPurposes,
  ...officeWifiPurposes,
  ...webMinorsPurposes,
] as const satisfies readonly Purpose[]

export type PurposeId = (typeof catalogue)[number]['id']

/**
 * The data categories some purpose deletes when its consent is withdrawn (§3.4, §10.1(c)): the
 * backend's deleters are keyed by exactly these, so a category without one is a compile error.
 */
export type WithdrawalDeletedCategoryId = (typeof catalogue)[number]['deletesOnWithdrawal'][number]

/** Every purpose, typed as Purpose (so optional fields read simply) with its id narrowed. */
export const purposes: readonly (Purpose & { readonly id: PurposeId })[] = catalogue

/** The same entries with their literal types kept (ids, categories), for maps that must be total. */
export const purposeCatalogue = catalogue

export const purposeIds: readonly PurposeId[] = purposes.map((p) => p.id)

export const purposeById = Object.fromEntries(purposes.map((p) => [p.id, p])) as Record<
  string,
  Purpose
> as Readonly<Record<PurposeId, Purpose>>

/** The order the consent center shows its groups in. */
export const purposeGroupsOrder: readonly PurposeGroup[] = purposeGroups
