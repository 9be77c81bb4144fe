/**
 * The structured policy against the client's text (docs/source/indigo-privacy-policy.en.txt):
 * every section, paragraph and item is there, in order, with the client's English verbatim and a
 * Chinese rendering beside it (§15.1: the Chinese version prevails).
 */
import { readFileSync } from 'fs'
import { join } from 'path'
import {
  businessFunctionColumns,
  businessFunctionsLastUpdated,
  currentPolicyVersion,
  policy,
  policyVersionHistory,
} from '../../../src/catalogue/policy'
import {
  businessFunctionIds,
  type Bilingual,
  type PolicyItem,
  type PolicyParagraph,
} from '../../../src/catalogue/types'
import { computePolicyVersion, paragraphIds } from '../../../src/domain/policy-version'

// ---------------------------------------------------------------------------
// The source text, parsed the way a reader numbers it
// ---------------------------------------------------------------------------

const sourceText = readFileSync(
  join(__dirname, '../../../docs/source/indigo-privacy-policy.en.txt'),
  'utf8',
)
const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim()
const normalisedSource = normalise(sourceText)

interface SourceUnit {
  readonly id: string
  readonly text: string
}
interface ParsedSource {
  readonly sections: SourceUnit[] // id + title
  readonly paragraphs: SourceUnit[]
  readonly items: SourceUnit[] // "2.2(a)(i)" etc., document order
  readonly after: Map<string, string[]> // paragraph id -> unnumbered closing lines
  readonly tail: string[] // the business-functions table, line by line
}

const romans = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'])

function parseSource(text: string): ParsedSource {
  const lines = text
    .split(/\r?\n/)
    .map(normalise)
    .filter((l) => l !== '')
  const tableStart = lines.findIndex((l) => l.startsWith('List of Business Functions'))
  const parsed: ParsedSource = {
    sections: [],
    paragraphs: [],
    items: [],
    after: new Map(),
    tail: lines.slice(tableStart),
  }
  let paragraph = ''
  let letter: { id: string; label: string } | undefined
  let inRoman = false
  for (const line of lines.slice(0, tableStart)) {
    const heading = /^(\d+)\.?\s+(.+)$/.exec(line)
    const numbered = /^(\d+\.\d+)\s+(.+)$/.exec(line)
    const item = /^\(([a-z]+)\)\s+(.+)$/.exec(line)
    if (heading) {
      parsed.sections.push({ id: heading[1] ?? '', text: heading[2] ?? '' })
    } else if (numbered) {
      paragraph = numbered[1] ?? ''
      parsed.paragraphs.push({ id: paragraph, text: numbered[2] ?? '' })
      letter = undefined
      inRoman = false
    } else if (item) {
      const label = item[1] ?? ''
      // "(i)" after "(h)" is a letter; otherwise roman numerals nest under the last letter.
      const roman: boolean =
        letter !== undefined &&
        romans.has(label) &&
        (label === 'i' ? letter.label !== 'h' : inRoman)
      if (roman && letter) {
        parsed.items.push({ id: `${letter.id}(${label})`, text: item[2] ?? '' })
      } else {
        letter = { id: `${paragraph}(${label})`, label }
        parsed.items.push({ id: letter.id, text: item[2] ?? '' })
      }
      inRoman = roman
    } else {
      parsed.after.set(paragraph, [...(parsed.after.get(paragraph) ?? []), line])
    }
  }
  return parsed
}

const source = parseSource(sourceText)

// ---------------------------------------------------------------------------
// The structured document, flattened
// ---------------------------------------------------------------------------

const paragraphs: PolicyParagraph[] = policy.sections.flatMap((s) => [...s.paragraphs])
const flattenItems = (items: readonly PolicyItem[] | undefined): PolicyItem[] =>
  (items ?? []).flatMap((item) => [item, ...flattenItems(item.items)])
const items: PolicyItem[] = paragraphs.flatMap((p) => flattenItems(p.items))

/** Every text in the document with where it sits, for the language checks. */
const allTexts: { where: string; text: Bilingual }[] = [
  { where: 'title', text: policy.title },
  { where: 'dateLabel', text: policy.dateLabel },
  ...policy.sections.flatMap((s) => [
    { where: `§${s.id} title`, text: s.title },
    { where: `§${s.id} summary`, text: s.summary },
  ]),
  ...paragraphs.flatMap((p) => [
    { where: `§${p.id}`, text: p.text },
    ...(p.after ?? []).map((text, i) => ({ where: `§${p.id} after ${i + 1}`, text })),
  ]),
  ...items.map((item) => ({ where: `§${item.id}`, text: item.text })),
  { where: 'BF title', text: policy.businessFunctionsTitle },
  { where: 'BF intro', text: policy.businessFunctionsIntro },
  { where: 'BF last updated', text: businessFunctionsLastUpdated },
  ...Object.entries(businessFunctionColumns).map(([k, text]) => ({
    where: `BF column ${k}`,
    text,
  })),
  ...policy.businessFunctions.flatMap((row) => [
    { where: `BF.${row.id} name`, text: row.name },
    { where: `BF.${row.id} collected`, text: row.collected },
    ...row.reasons.map((text, i) => ({ where: `BF.${row.id} reason ${i + 1}`, text })),
  ]),
]

const cjk = /[\u3400-\u9fff]/

/** "1.10" < "1.2" as strings, not as clause numbers: compare numerically. */
const numberOf = (id: string): number[] => (/^[\d.]+/.exec(id)?.[0] ?? '').split('.').map(Number)

// ---------------------------------------------------------------------------

describe('the policy document', () => {
  it('is the June 2023 Privacy Policy, titled in both languages', () => {
    expect(policy.title).toEqual({ 'zh-CN': '隐私政策', en: 'Privacy Policy' })
    expect(policy.date).toBe('2023-06')
    expect(policy.dateLabel).toEqual({ 'zh-CN': '2023年6月', en: 'June 2023' })
    expect(normalisedSource).toContain(`Last updated: ${policy.dateLabel.en}`)
  })

  it('§1–§15 every section exists, in order, with the title of the source', () => {
    expect(policy.sections.map((s) => s.id)).toEqual(
      Array.from({ length: 15 }, (_, i) => String(i + 1)),
    )
    // The source writes "4." and "12." with a trailing dot after the number: dropped.
    expect(policy.sections.map((s) => ({ id: s.id, text: s.title.en }))).toEqual(source.sections)
  })

  it('every numbered paragraph of the source exists, in document order', () => {
    expect(paragraphs.map((p) => p.id)).toEqual(source.paragraphs.map((p) => p.id))
    for (const section of policy.sections) {
      for (const p of section.paragraphs) expect(p.id.startsWith(`${section.id}.`)).toBe(true)
    }
  })

  it('every lettered and roman item of the source exists, in document order', () => {
    expect(items.map((i) => i.id)).toEqual(source.items.map((i) => i.id))
    expect(items.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        '2.2(a)(i)',
        '2.2(b)(iii)',
        '3.1(g)',
        '3.4(e)',
        '3.8(f)(ii)',
        '10.1(g)',
      ]),
    )
  })

  it('ids are unique and well formed, and item labels match their ids', () => {
    const listed = [
      ...policy.sections.map((s) => s.id),
      ...paragraphs.map((p) => p.id),
      ...items.map((i) => i.id),
      ...policy.businessFunctions.map((r) => `BF.${r.id}`),
    ]
    expect(new Set(listed).size).toBe(listed.length)
    expect(paragraphIds(policy)).toEqual(new Set(listed))
    for (const s of policy.sections) expect(s.id).toMatch(/^[1-9]\d?$/)
    for (const p of paragraphs) expect(p.id).toMatch(/^[1-9]\d?\.[1-9]\d?$/)
    const checkItems = (parentId: string, list: readonly PolicyItem[] | undefined): void => {
      for (const item of list ?? []) {
        expect(item.label).toMatch(/^\([a-z]{1,4}\)$/)
        expect(item.id).toBe(`${parentId}${item.label}`)
        checkItems(item.id, item.items)
      }
    }
    for (const p of paragraphs) checkItems(p.id, p.items)
  })

  it('paragraphs are numbered consecutively within each section', () => {
    for (const section of policy.sections) {
      const numbers = section.paragraphs.map((p) => numberOf(p.id)[1])
      expect(numbers).toEqual(numbers.map((_, i) => i + 1))
    }
  })

  it('en is the client text verbatim: each paragraph, item and closing line as in the source', () => {
    const sourceParagraphs = new Map(source.paragraphs.map((p) => [p.id, p.text]))
    const sourceItems = new Map(source.items.map((i) => [i.id, i.text]))
    for (const p of paragraphs) {
      expect({ id: p.id, text: p.text.en }).toEqual({ id: p.id, text: sourceParagraphs.get(p.id) })
      expect((p.after ?? []).map((line) => line.en)).toEqual(source.after.get(p.id) ?? [])
    }
    for (const item of items) {
      // §2.1(b): the source's stray trailing backslash is dropped.
      const expected = (sourceItems.get(item.id) ?? '').replace(/\\$/, '')
      expect({ id: item.id, text: item.text.en }).toEqual({ id: item.id, text: expected })
    }
  })

  it('every en text of the document appears in the source after whitespace normalisation', () => {
    const policyTexts = allTexts.filter(
      (t) => !t.where.endsWith('summary') && t.where !== 'title' && t.where !== 'dateLabel',
    )
    for (const { where, text } of policyTexts) {
      expect({ where, found: normalisedSource.includes(normalise(text.en)) }).toEqual({
        where,
        found: true,
      })
    }
  })

  it('keeps the client\'s typos in en ("msanage", "identify")', () => {
    const en = (id: string): string =>
      [...paragraphs, ...items].find((unit) => unit.id === id)?.text.en ?? ''
    expect(en('3.1(g)')).toContain('we msanage via email')
    expect(en('10.3')).toContain('authenticate your identify')
  })
})

describe('§15.1 both languages, zh-CN first', () => {
  it('§15.1 every paragraph exists in zh-CN and en', () => {
    for (const { where, text } of allTexts) {
      expect({ where, zh: text['zh-CN'].trim() !== '', en: text.en.trim() !== '' }).toEqual({
        where,
        zh: true,
        en: true,
      })
    }
  })

  it('§15.1 zh-CN is Chinese (contains CJK) and en is not', () => {
    for (const { where, text } of allTexts) {
      expect({ where, zh: cjk.test(text['zh-CN']), en: cjk.test(text.en) }).toEqual({
        where,
        zh: true,
        en: false,
      })
    }
  })

  it('§15.1 zh-CN is written before en in every text', () => {
    for (const { where, text } of allTexts) {
      expect({ where, keys: Object.keys(text) }).toEqual({ where, keys: ['zh-CN', 'en'] })
    }
  })

  it('uses the Chinese names and terms of a Chinese privacy policy', () => {
    const zh = (id: string): string => {
      const unit = [...paragraphs, ...items].find((u) => u.id === id)
      return [
        unit?.text['zh-CN'],
        ...((unit as PolicyParagraph).after ?? []).map((l) => l['zh-CN']),
      ].join('')
    }
    expect(zh('1.1')).toContain('北京霖莲置业有限公司')
    expect(zh('1.1')).toContain('北京颐堤港物业服务有限公司')
    expect(zh('1.3')).toContain('中国大陆')
    expect(zh('1.4')).toContain('个人信息')
    expect(zh('1.6')).toContain('单独同意')
    expect(zh('7.1')).toContain('敏感个人信息')
    expect(zh('7.3')).toContain('单独同意')
    expect(zh('9.1')).toContain('自动化决策')
    expect(zh('10.1(c)')).toContain('注销')
    expect(zh('10.2')).toContain('北京市朝阳区酒仙桥路20号颐堤港一座25层')
    expect(zh('10.2')).toContain('info@indigobeijing.com')
    expect(zh('12.2')).toContain('单独同意')
    expect(zh('15.1')).toContain('以中文版本为准')
  })

  it("cites the same paragraphs in zh-CN as in en, including the client's own slips", () => {
    const enRefs = (s: string): string[] =>
      [...s.matchAll(/paragraphs? ((?:\d+(?:\.\d+)?(?: ?\([a-z]\))?(?:, | and )?)+)/g)]
        .flatMap((m) => [...(m[1] ?? '').matchAll(/\d+(?:\.\d+)?(?: ?\([a-z]\))?/g)])
        .map((m) => m[0].replace(' ', ''))
    const zhRefs = (s: string): string[] =>
      [...s.matchAll(/第(\d+(?:\.\d+)?(?:\([a-z]\))?)条/g)].map((m) => m[1] ?? '')
    const ids = paragraphIds(policy)
    const units: { id: string; text: Bilingual }[] = [
      ...paragraphs.flatMap((p) => [p, ...(p.after ?? []).map((text) => ({ id: p.id, text }))]),
      ...items,
    ]
    for (const unit of units) {
      const en = [...new Set(enRefs(unit.text.en))].sort()
      expect({ id: unit.id, refs: [...new Set(zhRefs(unit.text['zh-CN']))].sort() }).toEqual({
        id: unit.id,
        refs: en,
      })
      for (const ref of en) expect({ ref, exists: ids.has(ref) }).toEqual({ ref, exists: true })
    }
    // The slips noticed in the source, kept as written (see the section files' comments).
    expect(enRefs(paragraphs.find((p) => p.id === '1.6')?.text.en ?? '')).toEqual(['11'])
    expect(enRefs(paragraphs.find((p) => p.id === '10.2')?.text.en ?? '')).toEqual(['9.1'])
  })

  it('every section has a short plain-language summary in both languages', () => {
    for (const s of policy.sections) {
      const zhSentences = s.summary['zh-CN'].split('。').filter((x) => x.trim() !== '')
      const enSentences = s.summary.en.split(/(?<=[.!?])\s+/).filter((x) => x.trim() !== '')
      expect({ id: s.id, zh: zhSentences.length <= 3, en: enSentences.length <= 3 }).toEqual({
        id: s.id,
        zh: true,
        en: true,
      })
      expect(s.summary.en.length).toBeLessThan(400)
      expect(s.summary['zh-CN'].length).toBeLessThan(160)
    }
  })

  it('§10.2 the contact lines follow the paragraph, one per line', () => {
    const p102 = paragraphs.find((p) => p.id === '10.2')
    expect(p102?.after?.map((l) => l.en)).toEqual([
      'Contact person: Data Protection Officer',
      'Address: 25/F, ONE INDIGO, 20 Jiuxianqiao Road, Chaoyang District, Beijing, PRC',
      'Email address: info@indigobeijing.com',
    ])
  })

  it('§8.2 and §9.3 keep their unnumbered closing lines after the items', () => {
    expect(paragraphs.find((p) => p.id === '8.2')?.after).toHaveLength(2)
    expect(paragraphs.find((p) => p.id === '9.3')?.after).toHaveLength(1)
  })
})

describe('List of Business Functions', () => {
  const expectedReasons: Record<string, number> = {
    'wechat-mini-program': 6,
    'online-mall': 2,
    'office-mini-program': 3,
    'office-turnstile': 2,
    'mall-wifi': 1,
  }

  it('BF has the 5 rows of the table, in its order', () => {
    expect(policy.businessFunctions.map((r) => r.id)).toEqual([...businessFunctionIds])
  })

  it('BF each row lists what it collects and its numbered reasons, as in the source', () => {
    for (const row of policy.businessFunctions) {
      // The source table runs the name and the collected types together on one line.
      expect(source.tail).toContain(row.name.en + row.collected.en)
      expect(row.reasons).toHaveLength(expectedReasons[row.id] ?? -1)
      row.reasons.forEach((reason, i) => expect(source.tail).toContain(`${i + 1}. ${reason.en}`))
    }
  })

  it('BF.office-turnstile collects face recognition, BF.wechat-mini-program licence plates', () => {
    const row = (id: string) => policy.businessFunctions.find((r) => r.id === id)
    expect(row('office-turnstile')?.collected['zh-CN']).toContain('人脸识别')
    expect(row('wechat-mini-program')?.collected['zh-CN']).toContain('车牌号码')
    expect(row('mall-wifi')?.reasons.map((r) => r.en)).toEqual(['Provide WIFI connection'])
  })

  it("BF title, intro and column headings are the source's", () => {
    expect(source.tail[0]).toBe(policy.businessFunctionsTitle.en)
    expect(source.tail).toContain(policy.businessFunctionsIntro.en)
    expect(source.tail).toContain(`(Last updated: ${policy.dateLabel.en})`)
    const c = businessFunctionColumns
    expect(source.tail).toContain(`${c.name.en}${c.collected.en} ${c.reasons.en}`)
  })
})

describe('§1.3, §14.1 the policy version', () => {
  it('currentPolicyVersion equals computePolicyVersion(policy): regenerate after any text change', () => {
    // If this fails, run `npx tsx scripts/policy-version.ts`.
    expect(currentPolicyVersion).toEqual(computePolicyVersion(policy))
  })

  it('is the date plus 8 hex digits of the content hash, and the last entry of the history', () => {
    expect(currentPolicyVersion.version).toMatch(/^2023-06\+[0-9a-f]{8}$/)
    expect(currentPolicyVersion.version).toBe(
      `${policy.date}+${currentPolicyVersion.hash.slice(0, 8)}`,
    )
    expect(policyVersionHistory[policyVersionHistory.length - 1]).toBe(currentPolicyVersion)
    const versions = policyVersionHistory.map((v) => v.version)
    expect(new Set(versions).size).toBe(versions.length)
  })

  it('hashes every citable paragraph and table row', () => {
    expect(Object.keys(currentPolicyVersion.paragraphHashes)).toEqual([
      ...paragraphs.map((p) => p.id),
      ...policy.businessFunctions.map((r) => `BF.${r.id}`),
    ])
  })
})
