/**
 * Policy versions: a content hash per citable paragraph, so the app can tell which paragraphs
 * changed between two releases and ask again only where the change touches what a purpose cites
 * (§1.3, §14.1). Pure TypeScript, no Taro/React/zustand/node imports: it runs in the mini
 * program, the mock server and scripts/policy-version.ts alike.
 */
import {
  languages,
  type Bilingual,
  type BusinessFunction,
  type PolicyDocument,
  type PolicyItem,
  type PolicyParagraph,
  type PolicyVersionRecord,
} from '../catalogue/types'

// Read once: looking up the global Math in the loop is ~40x slower inside node:vm contexts
// (jest runs tests in one; sandboxed runtimes may behave alike), where it is not cached.
const imul = Math.imul

/**
 * A deterministic 64-bit string hash as 16 hex digits: cyrb53's mixing (bryc, public domain)
 * keeping both 32-bit halves. Chosen over FNV-1a 64 because that needs BigInt, which older
 * WeChat base libraries lack; Math.imul is everywhere. A change detector, not a security hash.
 */
export function hashString(input: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i)
    h1 = imul(h1 ^ ch, 2654435761)
    h2 = imul(h2 ^ ch, 1597334677)
  }
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= imul(h1 ^ (h1 >>> 13), 3266489909)
  return hex32(h2) + hex32(h1)
}

function hex32(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0')
}

/** A citable unit of the policy: a numbered paragraph (with its items) or a table row. */
export interface PolicyUnit {
  /** "3.4" or "BF.mall-wifi" */
  readonly id: string
  /** The unit's whole text per language, items and closing lines included, one per line. */
  readonly text: Bilingual
}

function itemLines(
  items: readonly PolicyItem[] | undefined,
  lang: keyof Bilingual,
  indent = '',
): string[] {
  return (items ?? []).flatMap((item) => [
    `${indent}${item.label} ${item.text[lang]}`,
    ...itemLines(item.items, lang, indent + '  '),
  ])
}

function paragraphUnit(p: PolicyParagraph): PolicyUnit {
  const lines = (lang: keyof Bilingual): string[] => [
    p.text[lang],
    ...itemLines(p.items, lang),
    ...(p.after ?? []).map((line) => line[lang]),
  ]
  return { id: p.id, text: { 'zh-CN': lines('zh-CN').join('\n'), en: lines('en').join('\n') } }
}

function businessFunctionUnit(row: BusinessFunction): PolicyUnit {
  const lines = (lang: keyof Bilingual): string[] => [
    row.name[lang],
    row.collected[lang],
    ...row.reasons.map((reason, i) => `${i + 1}. ${reason[lang]}`),
  ]
  return {
    id: `BF.${row.id}`,
    text: { 'zh-CN': lines('zh-CN').join('\n'), en: lines('en').join('\n') },
  }
}

/**
 * Every citable unit in document order: the numbered paragraphs ("3.4", its sub-items' text
 * included) and the business-function rows ("BF.<id>"). Versions are diffed at this grain.
 */
export function listParagraphs(doc: PolicyDocument): PolicyUnit[] {
  return [
    ...doc.sections.flatMap((section) => section.paragraphs.map(paragraphUnit)),
    ...doc.businessFunctions.map(businessFunctionUnit),
  ]
}

/** Every id a reference may cite: "3", "3.4", "3.4(a)", "2.2(a)(i)", "BF.mall-wifi". */
export function paragraphIds(doc: PolicyDocument): Set<string> {
  const ids = new Set<string>()
  const addItems = (items: readonly PolicyItem[] | undefined): void => {
    for (const item of items ?? []) {
      ids.add(item.id)
      addItems(item.items)
    }
  }
  for (const section of doc.sections) {
    ids.add(section.id)
    for (const paragraph of section.paragraphs) {
      ids.add(paragraph.id)
      addItems(paragraph.items)
    }
  }
  for (const row of doc.businessFunctions) ids.add(`BF.${row.id}`)
  return ids
}

function unitHash(text: Bilingual): string {
  return hashString(JSON.stringify(languages.map((lang) => text[lang])))
}

/**
 * The version of a policy document. The hash covers the policy's own words: title, date,
 * section titles, every paragraph and table row, both languages. The section summaries are
 * left out on purpose: they are our plain-language gloss, not the policy, and rewording them
 * must not ask anyone to consent again.
 */
export function computePolicyVersion(doc: PolicyDocument): PolicyVersionRecord {
  const units = listParagraphs(doc)
  const paragraphHashes: Record<string, string> = {}
  for (const unit of units) paragraphHashes[unit.id] = unitHash(unit.text)
  const hash = hashString(
    JSON.stringify([
      doc.date,
      languages.map((lang) => [doc.title[lang], doc.dateLabel[lang]]),
      doc.sections.map((s) => [s.id, languages.map((lang) => s.title[lang])]),
      languages.map((lang) => [doc.businessFunctionsTitle[lang], doc.businessFunctionsIntro[lang]]),
      units.map((unit) => [unit.id, languages.map((lang) => unit.text[lang])]),
    ]),
  )
  return { version: `${doc.date}+${hash.slice(0, 8)}`, date: doc.date, hash, paragraphHashes }
}

function hashOf(record: PolicyVersionRecord, id: string): string | undefined {
  // Own keys only: an id such as "constructor" must never read Object.prototype.
  return Object.prototype.hasOwnProperty.call(record.paragraphHashes, id)
    ? record.paragraphHashes[id]
    : undefined
}

/** Paragraph ids added, removed or changed between two versions (symmetric). */
export function changedParagraphs(from: PolicyVersionRecord, to: PolicyVersionRecord): Set<string> {
  const changed = new Set<string>()
  const ids = new Set([...Object.keys(from.paragraphHashes), ...Object.keys(to.paragraphHashes)])
  for (const id of ids) if (hashOf(from, id) !== hashOf(to, id)) changed.add(id)
  return changed
}

/** The released version with this version string ("2023-06+dcc49fa2"), if any. */
export function findPolicyVersion(
  history: readonly PolicyVersionRecord[],
  version: string,
): PolicyVersionRecord | undefined {
  return history.find((record) => record.version === version)
}

/**
 * Paragraphs changed since the version a user last agreed to, given as its version string (what
 * a consent record stores). A version not in the history counts as every paragraph changed, so
 * consent is asked again rather than silently kept (§1.3, §14.1).
 */
export function changedParagraphsSince(
  version: string,
  history: readonly PolicyVersionRecord[],
  current: PolicyVersionRecord,
): Set<string> {
  if (version === current.version) return new Set()
  const from = findPolicyVersion(history, version)
  return from ? changedParagraphs(from, current) : new Set(Object.keys(current.paragraphHashes))
}

/**
 * Whether a policy reference is touched by a set of changed paragraph ids: "3.1(g)" when
 * "3.1" changed, "BF.x" when that row changed, a section "3" when any "3.x" changed, "BF"
 * when any row changed. A leading "§" is allowed. Refs are checked against paragraphIds()
 * elsewhere, so an unknown shape is simply not affected.
 */
export function isAffectedBy(ref: string, changed: ReadonlySet<string>): boolean {
  const id = ref.replace(/^§\s*/, '').trim()
  if (id === 'BF') return [...changed].some((c) => c.startsWith('BF.'))
  if (id.startsWith('BF.')) return changed.has(id)
  const paragraph = /^(\d+\.\d+)(\(|$)/.exec(id)
  if (paragraph) return changed.has(paragraph[1] ?? '')
  if (/^\d+$/.test(id)) return [...changed].some((c) => c.startsWith(`${id}.`))
  return false
}
