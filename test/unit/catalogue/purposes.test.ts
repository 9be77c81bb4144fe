import { dataCategories, dataCategoryById } from '../../../src/catalogue/data-categories'
import { policy } from '../../../src/catalogue/policy'
import { purposeCopy, purposeNames } from '../../../src/catalogue/purpose-copy'
import { purposeById, purposeGroupsOrder, purposes } from '../../../src/catalogue/purposes'
import {
  marketingChannels,
  purposeGroups,
  type Bilingual,
  type DataCategory,
} from '../../../src/catalogue/types'
import { bulkGrantablePurposes, deriveConsentState } from '../../../src/domain/ledger'
import { marketingPurposeId } from '../../../src/domain/marketing'
import { isAffectedBy, paragraphIds } from '../../../src/domain/policy-version'

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/
const HAN = /\p{Script=Han}/u
const byId = (id: string) => {
  const p = purposes.find((x) => x.id === id)
  if (p === undefined) throw new Error(`missing purpose ${id}`)
  return p
}

const texts = (p: (typeof purposes)[number]): [string, Bilingual][] => {
  const c = purposeCopy[p.id]
  return [
    ['name', c.name],
    ['description', c.description],
    ['retention', c.retention],
    ['ifRefused', c.ifRefused],
    ['recipients', c.recipients],
  ]
}

describe('purpose catalogue', () => {
  it('§15.1 every purpose and data category reads in both languages, Chinese first', () => {
    const all: [string, Bilingual][] = [
      ...purposes.flatMap((p) =>
        texts(p).map(([k, t]): [string, Bilingual] => [`${p.id}.${k}`, t]),
      ),
      ...dataCategories.map((c): [string, Bilingual] => [c.id, c.name]),
    ]
    for (const [where, t] of all) {
      expect({ where, zh: HAN.test(t['zh-CN']) }).toEqual({ where, zh: true })
      expect({ where, en: t.en.trim().length > 0 && !HAN.test(t.en) }).toEqual({ where, en: true })
    }
  })

  it('§15.1 the words and the rules name the same purposes: every purpose has its words, no words lack a purpose', () => {
    // The compiler checks this too (satisfies Record<PurposeId, …>); this guards the runtime objects.
    const ids = purposes.map((p) => p.id).sort()
    expect(Object.keys(purposeCopy).sort()).toEqual(ids)
    expect(Object.keys(purposeNames).sort()).toEqual(ids)
    for (const p of purposes) {
      const c = purposeCopy[p.id]
      expect({ id: p.id, name: c.name }).toEqual({ id: p.id, name: purposeNames[p.id] })
      // The rules keep no words: the consent core and the main package do not carry them.
      for (const k of ['name', 'description', 'ifRefused', 'recipients'])
        expect({ id: p.id, [k]: k in p }).toEqual({ id: p.id, [k]: false })
      expect(Object.keys(p.retention)).toEqual(['maxYears'])
    }
  })

  it('§8.1 a purpose whose words say six years keeps data at most six years, and one not stored says so', () => {
    for (const p of purposes) {
      const words = purposeCopy[p.id].retention
      if (p.retention.maxYears === 0) {
        expect({ id: p.id, en: words.en }).toEqual({
          id: p.id,
          en: expect.stringMatching(/not stored/),
        })
      } else {
        expect({ id: p.id, maxYears: p.retention.maxYears }).toEqual({ id: p.id, maxYears: 6 })
        expect({ id: p.id, en: words.en }).toEqual({
          id: p.id,
          en: expect.stringMatching(/six years/),
        })
        expect({ id: p.id, zh: words['zh-CN'] }).toEqual({
          id: p.id,
          zh: expect.stringMatching(/六年/),
        })
      }
    }
  })

  it('ids are unique kebab-case, for purposes and data categories alike', () => {
    for (const list of [purposes.map((p) => p.id), dataCategories.map((c) => c.id)]) {
      expect(new Set(list).size).toBe(list.length)
      for (const id of list) expect(id).toMatch(KEBAB)
    }
    expect(Object.keys(purposeById).sort()).toEqual(purposes.map((p) => p.id).sort())
    expect(Object.keys(dataCategoryById)).toHaveLength(dataCategories.length)
  })

  it('§7.3 a sensitive purpose always needs separate consent', () => {
    for (const p of purposes.filter((x) => x.sensitive)) {
      expect({ id: p.id, separateConsent: p.separateConsent }).toEqual({
        id: p.id,
        separateConsent: true,
      })
    }
  })

  it('§7.1 a purpose that processes a sensitive data category is itself sensitive', () => {
    for (const p of purposes) {
      const sensitiveData = p.dataCategories.some(
        (id) =>
          (dataCategoryById as Readonly<Record<string, DataCategory | undefined>>)[id]?.sensitive,
      )
      if (sensitiveData)
        expect({ id: p.id, sensitive: p.sensitive }).toEqual({ id: p.id, sensitive: true })
    }
  })

  it('§1.5 an optional purpose is never on by default and rests on consent', () => {
    for (const p of purposes.filter((x) => !x.required)) {
      expect(p.defaultGranted).toBe(false)
      const basis = p.separateConsent ? 'separate-consent' : 'consent'
      expect({ id: p.id, basis: p.legalBasis }).toEqual({ id: p.id, basis })
    }
  })

  it('§3.8 a required purpose rests on a basis other than consent and has nothing to withdraw', () => {
    for (const p of purposes.filter((x) => x.required)) {
      expect(['contract', 'legal-obligation', 'vital-interest']).toContain(p.legalBasis)
      expect(p.separateConsent).toBe(false)
      expect(p.sensitive).toBe(false)
      expect(p.deletesOnWithdrawal).toEqual([])
    }
  })

  it('§2.1 §2.2 every data category a purpose names exists, and deletions are its own data', () => {
    for (const p of purposes) {
      for (const id of p.dataCategories)
        expect({ p: p.id, id, ok: id in dataCategoryById }).toEqual({ p: p.id, id, ok: true })
      for (const id of p.deletesOnWithdrawal)
        expect(p.dataCategories as readonly string[]).toContain(id)
    }
  })

  it('every policy reference exists in the policy', () => {
    const ids = paragraphIds(policy)
    const refs = [...purposes, ...dataCategories].flatMap((x) => x.policyRefs.map((r) => [x.id, r]))
    expect(refs.filter(([, r]) => !ids.has(r!))).toEqual([])
  })

  it('§14.1 every purpose cites something, so a policy change can reach it', () => {
    for (const p of purposes) {
      expect(p.policyRefs.length).toBeGreaterThan(0)
      expect(p.policyRefs.some((r) => isAffectedBy(r, new Set(paragraphIds(policy))))).toBe(true)
    }
  })

  it('§8.1 nothing is kept longer than six years', () => {
    for (const p of purposes) {
      expect(p.retention.maxYears).toBeGreaterThanOrEqual(0)
      expect(p.retention.maxYears).toBeLessThanOrEqual(6)
    }
  })

  it('§3.1(g) §3.4 every channel has exactly one marketing purpose, opt-in by consent', () => {
    for (const channel of marketingChannels) {
      const matching = purposes.filter((p) => p.channel === channel)
      expect(matching.map((p) => p.id)).toEqual([marketingPurposeId(channel)])
      expect(matching[0]).toMatchObject({
        group: 'marketing',
        legalBasis: 'consent',
        required: false,
      })
    }
  })

  it('§3.5 service announcements are necessary and not marketing', () => {
    expect(byId('customer-support')).toMatchObject({ group: 'membership', required: true })
    expect(byId('customer-support').channel).toBeUndefined()
    expect(byId('customer-support').policyRefs).toContain('3.5')
  })

  it('the purposes the issue names exist with their flags', () => {
    const expectFlags = (id: string, flags: object) => expect(byId(id)).toMatchObject(flags)
    const separate = { required: false, separateConsent: true, legalBasis: 'separate-consent' }
    expectFlags('membership-account', { required: true, legalBasis: 'contract' })
    expectFlags('phone-number', { required: true })
    expectFlags('legal-disclosures', { required: true, legalBasis: 'legal-obligation' })
    expectFlags('personalised-push', { ...separate, group: 'personalisation' })
    expectFlags('combine-services', { ...separate, group: 'personalisation' })
    expectFlags('research-analysis', { required: false, legalBasis: 'consent' })
    expectFlags('precise-location', {
      ...separate,
      sensitive: true,
      wechatScope: 'scope.userLocation',
    })
    expectFlags('receipt-photos', { ...separate, deletesOnWithdrawal: ['receipt-photos'] })
    expectFlags('licence-plates', { ...separate, deletesOnWithdrawal: ['licence-plate'] })
    expectFlags('online-mall-orders', { required: true, legalBasis: 'contract' })
    expectFlags('office-membership', { required: true, legalBasis: 'contract', group: 'office' })
    expectFlags('face-recognition', {
      ...separate,
      sensitive: true,
      deletesOnWithdrawal: ['face-image'],
    })
    expectFlags('wifi-tracking', { ...separate, group: 'wifi' })
    expectFlags('necessary-cookies', { required: true, group: 'web' })
    expectFlags('preference-cookies', { required: false, legalBasis: 'consent', group: 'web' })
    expectFlags('guardian-consent', { ...separate, sensitive: true, group: 'minors' })
    expect(byId('face-recognition').dataCategories).toContain('face-image')
    expect(byId('wifi-tracking').policyRefs).toContain('11.5')
    expect(byId('guardian-consent').policyRefs).toEqual(expect.arrayContaining(['1.6', '12.2']))
  })

  it('business functions: every row of the policy table is served by some purpose', () => {
    const served = new Set(purposes.flatMap((p) => p.businessFunctions))
    for (const row of policy.businessFunctions) expect(served).toContain(row.id)
  })

  it('groups: every purpose belongs to a group the consent center shows', () => {
    expect([...purposeGroupsOrder].sort()).toEqual([...purposeGroups].sort())
    for (const p of purposes) expect(purposeGroupsOrder).toContain(p.group)
  })

  it('§7.3 "allow all optional" never includes a separate-consent item of the real catalogue', () => {
    const bulk = bulkGrantablePurposes(purposes)
    expect(bulk.length).toBeGreaterThan(0)
    for (const p of bulk)
      expect({ id: p.id, separate: p.separateConsent, required: p.required }).toEqual({
        id: p.id,
        separate: false,
        required: false,
      })
  })

  it('§1.5 before any choice nothing optional is on; necessary items show as necessary', () => {
    const state = deriveConsentState([], {
      purposes,
      currentPolicyVersion: 'now',
      changedParagraphsSince: () => new Set(),
      isAffectedBy,
      subjectUnder14: false,
    })
    for (const p of purposes) {
      expect(state[p.id]?.status).toBe(p.required ? 'necessary' : 'not-set')
    }
  })
})
