/**
 * Policy versions and their diff (§1.3, §14.1): a change to the text changes the version and
 * exactly the paragraph it is in, so consent is asked again only where a purpose cites it.
 */
import fc from 'fast-check'
import { readFileSync } from 'fs'
import { join } from 'path'
import { policy } from '../../../src/catalogue/policy'
import type {
  Bilingual,
  Lang,
  PolicyDocument,
  PolicyItem,
  PolicyVersionRecord,
} from '../../../src/catalogue/types'
import {
  changedParagraphs,
  changedParagraphsSince,
  computePolicyVersion,
  findPolicyVersion,
  hashString,
  isAffectedBy,
  listParagraphs,
  paragraphIds,
} from '../../../src/domain/policy-version'

const runs = { numRuns: 1000 }
const base = computePolicyVersion(policy)

/** The published cyrb53 (bryc), to check that hashString keeps its mixing. */
function cyrb53(str: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0, ch; i < str.length; i++) {
    ch = str.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

// ---------------------------------------------------------------------------
// Editing a copy of the document, one text at a time
// ---------------------------------------------------------------------------

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> }
type MutableDoc = Mutable<PolicyDocument>

/** A text of a copied document and the citable unit it belongs to. */
interface Slot {
  readonly unit: string
  readonly text: Mutable<Bilingual>
}

function slotsOf(doc: MutableDoc): Slot[] {
  const itemSlots = (unit: string, items: Mutable<PolicyItem>[] | undefined): Slot[] =>
    (items ?? []).flatMap((item) => [{ unit, text: item.text }, ...itemSlots(unit, item.items)])
  return [
    ...doc.sections.flatMap((s) =>
      s.paragraphs.flatMap((p) => [
        { unit: p.id, text: p.text },
        ...itemSlots(p.id, p.items),
        ...(p.after ?? []).map((text) => ({ unit: p.id, text })),
      ]),
    ),
    ...doc.businessFunctions.flatMap((row) =>
      [row.name, row.collected, ...row.reasons].map((text) => ({ unit: `BF.${row.id}`, text })),
    ),
  ]
}

const copy = (): MutableDoc => JSON.parse(JSON.stringify(policy)) as MutableDoc
const slotCount = slotsOf(copy()).length

/** One single-character edit: replace, insert or delete at a position. */
type Edit = { kind: 'replace' | 'insert' | 'delete'; at: number; char: string }
const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<Edit['kind']>('replace', 'insert', 'delete'),
  at: fc.nat(),
  char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
})

function applyEdit(s: string, edit: Edit): string {
  const at = edit.at % (s.length + (edit.kind === 'insert' ? 1 : 0))
  if (edit.kind === 'insert') return s.slice(0, at) + edit.char + s.slice(at)
  if (edit.kind === 'delete') return s.slice(0, at) + s.slice(at + 1)
  const replacement = s[at] === edit.char ? (edit.char === 'x' ? 'y' : 'x') : edit.char
  return s.slice(0, at) + replacement + s.slice(at + 1)
}

const recordArb: fc.Arbitrary<PolicyVersionRecord> = fc
  .dictionary(
    fc.constantFrom(...Object.keys(base.paragraphHashes), 'constructor', '99.1'),
    fc.constantFrom('a', 'b', 'c'),
  )
  .map((paragraphHashes) => ({ version: 'v', date: '2023-06', hash: 'h', paragraphHashes }))

// ---------------------------------------------------------------------------

describe('hashString', () => {
  it('is deterministic, 16 hex digits, and pinned (changing it would change every version)', () => {
    expect(hashString('')).toMatch(/^[0-9a-f]{16}$/)
    expect(hashString('颐堤港')).toBe(hashString('颐堤港'))
    expect(hashString('a')).not.toBe(hashString('b'))
    expect(hashString('a', 1)).not.toBe(hashString('a'))
  })

  it('keeps the published cyrb53 mixing: its low 53 bits are cyrb53', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const hex = hashString(s)
        const high21 = parseInt(hex.slice(0, 8), 16) & 0x1fffff
        const low32 = parseInt(hex.slice(8), 16)
        expect(high21 * 4294967296 + low32).toBe(cyrb53(s))
      }),
      runs,
    )
  })

  it('detects any single-character change', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), editArb, (s, edit) => {
        fc.pre(s.length > 0 || edit.kind === 'insert')
        expect(hashString(applyEdit(s, edit))).not.toBe(hashString(s))
      }),
      runs,
    )
  })
})

describe('listParagraphs and paragraphIds', () => {
  it('lists every numbered paragraph then every BF row, in document order', () => {
    const units = listParagraphs(policy)
    expect(units.map((u) => u.id)).toEqual([
      ...policy.sections.flatMap((s) => s.paragraphs.map((p) => p.id)),
      ...policy.businessFunctions.map((r) => `BF.${r.id}`),
    ])
  })

  it("§3.4 a paragraph unit carries its items' text in both languages", () => {
    const p34 = listParagraphs(policy).find((u) => u.id === '3.4')
    expect(p34?.text.en).toContain('(e) notifying us in the manner set out in paragraph 10.2')
    expect(p34?.text['zh-CN']).toContain('(b) 按照电子邮件中的退订指引或超链接退订')
    const p102 = listParagraphs(policy).find((u) => u.id === '10.2')
    expect(p102?.text.en).toContain('info@indigobeijing.com')
  })

  it('BF.wechat-mini-program a row unit carries its name, what it collects and its reasons', () => {
    const row = listParagraphs(policy).find((u) => u.id === 'BF.wechat-mini-program')
    expect(row?.text.en.split('\n')).toHaveLength(2 + 6)
    expect(row?.text['zh-CN']).toContain('6. 顾客使用线上租赁服务')
  })

  it('paragraphIds holds sections, paragraphs, items at any depth and BF rows', () => {
    const ids = paragraphIds(policy)
    for (const id of [
      '3',
      '15',
      '3.4',
      '3.4(a)',
      '3.1(g)',
      '2.2(a)(i)',
      '3.8(f)(ii)',
      'BF.mall-wifi',
    ])
      expect({ id, known: ids.has(id) }).toEqual({ id, known: true })
    for (const id of ['16', '3.9', '3.4(f)', '2.2(c)', 'BF.unknown', 'BF'])
      expect({ id, known: ids.has(id) }).toEqual({ id, known: false })
  })
})

describe('§1.3, §14.1 computePolicyVersion', () => {
  it('is date + first 8 hex of the hash, with a hash per paragraph id', () => {
    expect(base.version).toBe(`2023-06+${base.hash.slice(0, 8)}`)
    expect(base.date).toBe('2023-06')
    expect(base.hash).toMatch(/^[0-9a-f]{16}$/)
    expect(Object.keys(base.paragraphHashes)).toEqual(listParagraphs(policy).map((u) => u.id))
    expect(computePolicyVersion(copy())).toEqual(base)
  })

  it("§1.3 changing one character anywhere changes exactly that paragraph's hash and the version", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: slotCount - 1 }),
        fc.constantFrom<Lang>('zh-CN', 'en'),
        editArb,
        (index, lang, edit) => {
          const doc = copy()
          const slot = slotsOf(doc)[index]
          if (!slot) throw new Error('no slot')
          slot.text[lang] = applyEdit(slot.text[lang], edit)
          const next = computePolicyVersion(doc)
          expect(changedParagraphs(base, next)).toEqual(new Set([slot.unit]))
          expect(next.version).not.toBe(base.version)
          expect(next.date).toBe(base.date)
        },
      ),
      runs,
    )
  })

  it('§14.1 a new date changes the version but no paragraph', () => {
    const next = computePolicyVersion({ ...policy, date: '2024-01' })
    expect(next.version.startsWith('2024-01+')).toBe(true)
    expect(changedParagraphs(base, next).size).toBe(0)
  })

  it('a section title change changes the version, not any paragraph', () => {
    const doc = copy()
    const section = doc.sections[2]
    if (!section) throw new Error('no §3')
    section.title.en = 'How We Use Your Data'
    const next = computePolicyVersion(doc)
    expect(next.hash).not.toBe(base.hash)
    expect(changedParagraphs(base, next).size).toBe(0)
  })

  it('the summaries are our gloss, not the policy: rewording one keeps the version', () => {
    const doc = copy()
    const section = doc.sections[0]
    if (!section) throw new Error('no §1')
    section.summary['zh-CN'] = '新的摘要。'
    expect(computePolicyVersion(doc)).toEqual(base)
  })

  it('a paragraph added or removed is a changed paragraph', () => {
    const doc = copy()
    const s13 = doc.sections[12]
    if (!s13) throw new Error('no §13')
    s13.paragraphs.push({ id: '13.3', text: { 'zh-CN': '新增条款。', en: 'A new clause.' } })
    const added = computePolicyVersion(doc)
    expect(changedParagraphs(base, added)).toEqual(new Set(['13.3']))
    expect(changedParagraphs(added, base)).toEqual(new Set(['13.3']))
  })
})

describe('changedParagraphs', () => {
  it('is empty on identical versions', () => {
    expect(changedParagraphs(base, base).size).toBe(0)
    fc.assert(
      fc.property(recordArb, (r) => {
        expect(changedParagraphs(r, { ...r, paragraphHashes: { ...r.paragraphHashes } }).size).toBe(
          0,
        )
      }),
      runs,
    )
  })

  it('is symmetric', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (a, b) => {
        expect(changedParagraphs(a, b)).toEqual(changedParagraphs(b, a))
      }),
      runs,
    )
  })

  it('is exactly the ids whose hash differs or that exist on one side only', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (a, b) => {
        const changed = changedParagraphs(a, b)
        const ids = new Set([...Object.keys(a.paragraphHashes), ...Object.keys(b.paragraphHashes)])
        for (const id of ids) {
          const inA = Object.keys(a.paragraphHashes).includes(id)
          const inB = Object.keys(b.paragraphHashes).includes(id)
          const differs = !inA || !inB || a.paragraphHashes[id] !== b.paragraphHashes[id]
          expect(changed.has(id)).toBe(differs)
        }
        for (const id of changed) expect(ids.has(id)).toBe(true)
      }),
      runs,
    )
  })

  it('reads own keys only: an id such as "constructor" is not taken from Object.prototype', () => {
    const a: PolicyVersionRecord = { ...base, paragraphHashes: {} }
    const b: PolicyVersionRecord = { ...base, paragraphHashes: { constructor: 'x' } }
    expect(changedParagraphs(a, b)).toEqual(new Set(['constructor']))
  })
})

describe('changedParagraphsSince (a consent stores the version string it was given under)', () => {
  const edited = (): PolicyVersionRecord => {
    const doc = copy()
    const p = doc.sections[2]?.paragraphs[3]
    if (!p) throw new Error('no §3.4')
    p.text.en += ' '
    return computePolicyVersion(doc)
  }

  it('§14.1 nothing changed since the current version', () => {
    expect(changedParagraphsSince(base.version, [base], base).size).toBe(0)
  })

  it('§14.1 the paragraphs changed since an older version in the history', () => {
    const next = edited()
    expect(findPolicyVersion([base, next], base.version)).toBe(base)
    expect(changedParagraphsSince(base.version, [base, next], next)).toEqual(new Set(['3.4']))
  })

  it('§14.1 an unknown version counts as every paragraph changed, so consent is asked again', () => {
    expect(changedParagraphsSince('2019-01+00000000', [base], base)).toEqual(
      new Set(Object.keys(base.paragraphHashes)),
    )
  })
})

describe('isAffectedBy', () => {
  const changed = new Set(['3.1', 'BF.mall-wifi'])

  it.each([
    ['3.1(g)', true],
    ['§3.1(g)', true],
    ['3.1', true],
    ['3', true],
    ['BF.mall-wifi', true],
    ['BF', true],
    ['3.4', false],
    ['3.4(b)', false],
    ['3.10', false],
    ['2.2(a)(i)', false],
    ['2', false],
    ['BF.online-mall', false],
    ['', false],
    ['nonsense', false],
  ])('§3.1 and BF.mall-wifi changed: %s affected is %s', (ref, expected) => {
    expect(isAffectedBy(ref, changed)).toBe(expected)
  })

  it('section "1" is not affected by a change to §10–§15', () => {
    expect(isAffectedBy('1', new Set(['10.2', '11.5', '15.1']))).toBe(false)
    expect(isAffectedBy('1', new Set(['1.6']))).toBe(true)
  })

  it('a ref is affected exactly when its paragraph, row or section changed', () => {
    const ids = [...paragraphIds(policy)]
    const paragraphOf = (ref: string): string => /^(BF\.[a-z-]+|\d+\.\d+|\d+)/.exec(ref)?.[0] ?? ''
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.subarray(Object.keys(base.paragraphHashes)),
        (ref, changedIds) => {
          const set = new Set(changedIds)
          const owner = paragraphOf(ref)
          const expected = /^\d+$/.test(owner)
            ? changedIds.some((id) => id.split('.')[0] === owner && !id.startsWith('BF.'))
            : set.has(owner)
          expect(isAffectedBy(ref, set)).toBe(expected)
        },
      ),
      runs,
    )
  })
})

describe('purity', () => {
  it('src/domain/policy-version.ts imports nothing from Taro, React, zustand or node built-ins', () => {
    const text = readFileSync(join(__dirname, '../../../src/domain/policy-version.ts'), 'utf8')
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1])
    expect(imports).toEqual(['../catalogue/types'])
  })
})
