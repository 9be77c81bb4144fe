/**
 * The words of the purpose catalogue: each purpose's name, what and why (description), what
 * stops if the user says no, who receives the data and how long it is kept, in both
 * languages. The rules are in ../purposes.ts; these words ship with the pages that show them
 * (the choices subpackage and the pages that name a purpose), not with the consent core the
 * main package needs at start (bench/index.ts: main ≤ 400 KB, consent core ≤ 15 KB gzip).
 * Data only. Every purpose has its words and every entry here is a purpose: a missing or
 * extra id is a compile error (here and in each group's file).
 */
import type { PurposeId } from '../purposes'
import type { PurposeCopy, PurposeDetails } from '../types'
import { locationMediaCopy } from './location-media'
import { marketingCopy } from './marketing'
import { membershipCopy } from './membership'
import { purposeNames } from './names'
import { officeWifiCopy } from './office-wifi'
import { personalisationCopy } from './personalisation'
import { webMinorsCopy } from './web-minors'

const details: Readonly<Record<PurposeId, PurposeDetails>> = {
  ...membershipCopy,
  ...marketingCopy,
  ...personalisationCopy,
  ...locationMediaCopy,
  ...officeWifiCopy,
  ...webMinorsCopy,
}

export { purposeNames }

/** Every purpose's words, by id. */
export const purposeCopy = Object.fromEntries(
  (Object.keys(purposeNames) as PurposeId[]).map((id) => [
    id,
    { name: purposeNames[id], ...details[id] },
  ]),
) as Record<string, PurposeCopy> as Readonly<Record<PurposeId, PurposeCopy>>
