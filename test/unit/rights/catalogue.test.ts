import { purposes } from '../../../src/catalogue/purposes'
import {
  onBehalfOfValues,
  rightByType,
  rights,
  rightsRequestTypes,
  subjectFields,
} from '../../../src/catalogue/rights'
import { detailsSchemaFor, subjectSchemaFor } from '../../../src/contract/rights-requests'

/** One valid answer per field kind, to prove the contract accepts what the catalogue asks. */
const sample = (kind: string, options?: readonly { value: string }[]) =>
  ({
    text: 'x',
    'long-text': 'why',
    date: '2015-01-01',
    email: 'a@b.cn',
    purposes: [purposes[0]!.id],
    categories: ['profile'],
    choice: options?.[0]?.value,
  })[kind]

describe('§10.1 rights catalogue', () => {
  it('covers every right (a)–(g) of §10.1 with the eight request types', () => {
    expect(rights.map((r) => r.type)).toEqual([...rightsRequestTypes])
    const refs = new Set(rights.flatMap((r) => r.policyRefs))
    for (const item of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) expect(refs).toContain(`10.1(${item})`)
    expect(onBehalfOfValues).toEqual(['self', 'guardian-of-minor', 'next-of-kin'])
  })

  it('is bilingual throughout', () => {
    for (const r of rights) {
      for (const t of [
        r.name,
        r.description,
        ...r.fields.map((f) => f.label),
        ...r.fields.flatMap((f) => (f.options ?? []).map((o) => o.label)),
      ]) {
        expect(t['zh-CN']).toMatch(/[\u4e00-\u9fff]/)
        expect(t.en).toMatch(/[A-Za-z]/)
      }
    }
  })

  it('the contract accepts the fields each type needs and refuses them missing', () => {
    for (const type of rightsRequestTypes) {
      const fields = rightByType[type].fields
      const details = Object.fromEntries(
        fields.filter((f) => f.required).map((f) => [f.id, sample(f.kind, f.options)]),
      )
      expect([type, detailsSchemaFor[type].safeParse(details).success]).toEqual([type, true])
      if (fields.some((f) => f.required))
        expect(detailsSchemaFor[type].safeParse({}).success).toBe(false)
    }
    for (const who of ['guardian-of-minor', 'next-of-kin'] as const) {
      const subject = Object.fromEntries(subjectFields[who].map((f) => [f.id, sample(f.kind)]))
      expect(subjectSchemaFor[who].safeParse(subject).success).toBe(true)
    }
  })
})
