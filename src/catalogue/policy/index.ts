/**
 * The INDIGO Privacy Policy (June 2023) as structured bilingual data: sections §1–§15 and the
 * "List of Business Functions" table. zh-CN comes first and prevails (§15.1); en is the client's
 * English text verbatim. The version (date + content hash) is generated into ./versions.ts by
 * scripts/policy-version.ts, so this folder holds data and no logic.
 */
import type { PolicyDocument, PolicySection } from '../types'
import {
  businessFunctions,
  businessFunctionsIntro,
  businessFunctionsTitle,
} from './business-functions'
import { policyMeta, policyOutline } from './outline'
import { section01 } from './sections/s01-introduction'
import { section02 } from './sections/s02-personal-information-we-collect'
import { section03 } from './sections/s03-how-we-use-your-information'
import { section04 } from './sections/s04-how-we-share-your-information'
import { section05 } from './sections/s05-third-party-services'
import { section06 } from './sections/s06-user-information-sharing'
import { section07 } from './sections/s07-sensitive-personal-information'
import { section08 } from './sections/s08-retention-storage-protection'
import { section09 } from './sections/s09-automated-decision-making'
import { section10 } from './sections/s10-data-subject-rights'
import { section11 } from './sections/s11-cookies-and-log-information'
import { section12 } from './sections/s12-age-limit'
import { section13 } from './sections/s13-scope-of-application'
import { section14 } from './sections/s14-amendment'
import { section15 } from './sections/s15-language'

const bodies = [
  section01,
  section02,
  section03,
  section04,
  section05,
  section06,
  section07,
  section08,
  section09,
  section10,
  section11,
  section12,
  section13,
  section14,
  section15,
]

export const policy: PolicyDocument = {
  ...policyMeta,
  // Each section's outline (title, summary) joined with its full text, in document order.
  sections: bodies.map((body, i): PolicySection => ({
    ...(policyOutline[i] as PolicySection),
    ...body,
  })),
  businessFunctionsTitle,
  businessFunctionsIntro,
  businessFunctions,
}

export { businessFunctionColumns, businessFunctionsLastUpdated } from './business-functions'
export { currentPolicyVersion, policyVersionHistory } from './versions'
export { policyMeta, policyOutline } from './outline'
