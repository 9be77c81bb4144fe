/**
 * Shapes of the catalogue: the policy as structured bilingual content and the purpose
 * catalogue that drives the consent UI, the backend and the docs. Data types only.
 */
import type { DataCategoryId } from './data-categories'

/** zh-CN comes first: the Chinese version prevails (§15.1). */
export const languages = ['zh-CN', 'en'] as const
export type Lang = (typeof languages)[number]

/** A text in both languages. */
export type Bilingual = Readonly<Record<Lang, string>>

// ---------------------------------------------------------------------------
// The policy document
// ---------------------------------------------------------------------------

/**
 * A lettered or roman sub-item, e.g. id "3.1(g)" label "(g)", or id "2.2(a)(i)" label "(i)".
 * Ids follow the policy's own numbering so everything can cite "§3.1(g)".
 */
export interface PolicyItem {
  readonly id: string
  readonly label: string
  readonly text: Bilingual
  readonly items?: readonly PolicyItem[]
}

/** A numbered paragraph, e.g. id "3.4". */
export interface PolicyParagraph {
  readonly id: string
  readonly text: Bilingual
  readonly items?: readonly PolicyItem[]
  /** Unnumbered text that follows the items (e.g. the closing lines of §8.2, §9.3). */
  readonly after?: readonly Bilingual[]
}

/** A numbered section, e.g. id "3" "How We Use Your Information". */
export interface PolicySection {
  readonly id: string
  readonly title: Bilingual
  /** A short plain-language summary shown before the full text. */
  readonly summary: Bilingual
  readonly paragraphs: readonly PolicyParagraph[]
}

/** A section's number, title and summary: the notice's first view (./policy/outline.ts). */
export type PolicySectionOutline = Pick<PolicySection, 'id' | 'title' | 'summary'>

/** A section's full text (./policy/sections), joined with its outline into the document. */
export type PolicySectionBody = Pick<PolicySection, 'id' | 'paragraphs'>

/** The channels through which INDIGO collects personal information (the policy's table). */
export const businessFunctionIds = [
  'wechat-mini-program',
  'online-mall',
  'office-mini-program',
  'office-turnstile',
  'mall-wifi',
] as const
export type BusinessFunctionId = (typeof businessFunctionIds)[number]

/** A row of the "List of Business Functions" table; cited as "BF.<id>". */
export interface BusinessFunction {
  readonly id: BusinessFunctionId
  readonly name: Bilingual
  /** Types of personal information collected, as the table lists them. */
  readonly collected: Bilingual
  /** Purposes and reasons of collection, one per numbered line of the table. */
  readonly reasons: readonly Bilingual[]
}

export interface PolicyDocument {
  readonly title: Bilingual
  /** The document date, ISO month: "2023-06" for "June 2023". */
  readonly date: string
  readonly dateLabel: Bilingual
  readonly sections: readonly PolicySection[]
  readonly businessFunctionsTitle: Bilingual
  readonly businessFunctionsIntro: Bilingual
  readonly businessFunctions: readonly BusinessFunction[]
}

/** A released policy version: date + content hash, with per-paragraph hashes to diff. */
export interface PolicyVersionRecord {
  /** "2023-06+<hash8>" */
  readonly version: string
  readonly date: string
  readonly hash: string
  /** paragraph id ("3.4", "BF.mall-wifi") -> hash of that paragraph's text, both languages */
  readonly paragraphHashes: Readonly<Record<string, string>>
}

// ---------------------------------------------------------------------------
// The purpose catalogue
// ---------------------------------------------------------------------------

/** PIPL Art. 13 legal bases as the policy uses them (§1.5, §3.8, §7.3). */
export type LegalBasis =
  | 'consent'
  | 'separate-consent'
  | 'contract' // §3.8(a): necessary for a contract the user is party to
  | 'legal-obligation' // §3.8(b)
  | 'vital-interest' // §3.8(c)

/** §3.1(g), §3.3, §3.4: the marketing channels. */
export const marketingChannels = ['sms', 'email', 'phone', 'wechat', 'post'] as const
export type MarketingChannel = (typeof marketingChannels)[number]

/** How the consent center groups purposes. */
export const purposeGroups = [
  'membership',
  'marketing',
  'location',
  'photos-plates',
  'office',
  'wifi',
  'personalisation',
  'web',
  'minors',
] as const
export type PurposeGroup = (typeof purposeGroups)[number]

/**
 * The WeChat permission scope a purpose needs after consent, for the just-in-time gate. No
 * scope.userFuzzyLocation: WeChat lets app.json declare either the fuzzy or the precise location
 * family, never both, and the store finder uses the precise one (./wechat-privacy-apis.ts).
 */
export type WechatScope = 'scope.userLocation' | 'scope.camera' | 'scope.writePhotosAlbum'

export interface DataCategory {
  readonly id: string
  readonly name: Bilingual
  /** §7.1 sensitive personal information */
  readonly sensitive: boolean
  readonly policyRefs: readonly string[]
}

export interface Retention {
  /** At most six years after the last transaction (§8.1); 0 = used on the spot, not stored. */
  readonly maxYears: number
}

/**
 * A purpose's rules: what the domain, the store and the backend decide with. Its words (name,
 * description, ...) are a PurposeCopy in ./purpose-copy, kept apart so that the consent core
 * and the main package do not carry them (bench/index.ts budgets).
 */
export interface Purpose {
  readonly id: string
  readonly group: PurposeGroup
  readonly legalBasis: LegalBasis
  /** Necessary for the service: shown as necessary, with no switch. */
  readonly required: boolean
  /** §7.1 sensitive personal information is involved. */
  readonly sensitive: boolean
  /** §7.3, PIPL Art. 29: needs its own dedicated consent screen, never bulk-granted. */
  readonly separateConsent: boolean
  /** Optional purposes are never granted by default. */
  readonly defaultGranted: false
  /** Data category ids (./data-categories.ts): a typo is a compile error. */
  readonly dataCategories: readonly DataCategoryId[]
  readonly businessFunctions: readonly BusinessFunctionId[]
  readonly channel?: MarketingChannel
  readonly retention: Retention
  /** Data deleted by the backend when this consent is withdrawn. */
  readonly deletesOnWithdrawal: readonly DataCategoryId[]
  /** WeChat permission asked only after consent, at the point of use. */
  readonly wechatScope?: WechatScope
  /** Paragraph ids this purpose implements, e.g. ["3.1(g)", "3.4", "BF.wechat-mini-program"]. */
  readonly policyRefs: readonly string[]
}

/** A purpose's words, in both languages (./purpose-copy); its rules are its Purpose. */
export interface PurposeCopy {
  readonly name: Bilingual
  /** What and why, in plain words. */
  readonly description: Bilingual
  /** How long it is kept, in words (the rule is the Purpose's retention.maxYears, §8.1). */
  readonly retention: Bilingual
  /** What stops working if the user refuses (§1.2, §2.4, §7.2). */
  readonly ifRefused: Bilingual
  /** Who receives the data (§4): INDIGO, processors acting for it, group companies. */
  readonly recipients: Bilingual
}

/** A purpose's words apart from its name (./purpose-copy/names.ts holds the names). */
export type PurposeDetails = Omit<PurposeCopy, 'name'>
