import { dataCategories, type DataCategoryId } from '../../../src/catalogue/data-categories'
import { promiseParagraphs } from '../../../src/catalogue/promises'
import { policy } from '../../../src/catalogue/policy'
import { purposeCopy } from '../../../src/catalogue/purpose-copy'
import { purposeById, purposes } from '../../../src/catalogue/purposes'
import { businessFunctionIds } from '../../../src/catalogue/types'
import { isMarketingEligible } from '../../../src/domain/marketing'
import { paragraphIds } from '../../../src/domain/policy-version'
import type { ConsentState } from '../../../src/domain/ledger'

const granted = (...ids: string[]): ConsentState =>
  Object.fromEntries(
    ids.map((id) => [id, { purposeId: id, granted: true, status: 'granted' as const }]),
  )
const collects = (bf: string) =>
  new Set(
    purposes
      .filter((p) => p.businessFunctions.some((b) => b === bf))
      .flatMap((p) => p.dataCategories),
  )

describe('what the catalogue promises, clause by clause', () => {
  it('§14.1 every promise paragraph traced by npm run trace exists in the policy', () => {
    const ids = paragraphIds(policy)
    for (const clause of promiseParagraphs) expect(ids.has(clause)).toBe(true)
  })

  it('§3.6 combining data across services is its own purpose, asked by separate consent', () => {
    const combine = purposeById['combine-services']
    expect(combine.policyRefs).toContain('3.6')
    expect(combine.separateConsent).toBe(true)
    expect(combine.required).toBe(false)
    expect(combine.businessFunctions.length).toBeGreaterThan(1)
  })

  it('§4.1 no purpose hands data to third-party handlers: recipients are INDIGO and those acting for it', () => {
    for (const p of purposes) {
      expect(purposeCopy[p.id].recipients.en).toMatch(/^INDIGO/)
      expect(purposeCopy[p.id].recipients['zh-CN']).toMatch(/颐堤港/)
    }
  })

  it('§11.1 necessary cookies are shown as necessary; other cookies wait for consent', () => {
    expect(purposeById['necessary-cookies']).toMatchObject({
      required: true,
      legalBasis: 'contract',
    })
    expect(purposeById['preference-cookies']).toMatchObject({
      required: false,
      legalBasis: 'consent',
    })
    expect(purposeById['preference-cookies'].policyRefs).toContain('11.1')
  })

  it('§11.5 WiFi MAC tracking needs separate consent, and targeted offers also need marketing consent', () => {
    const wifi = purposeById['wifi-tracking']
    expect(wifi).toMatchObject({ separateConsent: true, required: false })
    expect(wifi.dataCategories).toContain('wifi-mac-address')
    expect(
      isMarketingEligible(granted('wifi-tracking'), 'sms', {
        personalised: false,
        usesWifiData: true,
      }),
    ).toBe(false)
    expect(
      isMarketingEligible(granted('marketing-sms'), 'sms', {
        personalised: false,
        usesWifiData: true,
      }),
    ).toBe(false)
    expect(
      isMarketingEligible(granted('marketing-sms', 'wifi-tracking'), 'sms', {
        personalised: false,
        usesWifiData: true,
      }),
    ).toBe(true)
  })

  it('§12.3 the guardian’s consent is separate and keeps the minor’s data in the Chinese Mainland', () => {
    const guardian = purposeById['guardian-consent']
    expect(guardian).toMatchObject({ separateConsent: true, sensitive: true })
    expect(guardian.policyRefs).toContain('12.3')
    expect(purposeCopy['guardian-consent'].recipients.en).toMatch(/Chinese Mainland/)
  })

  it('BF.wechat-mini-program BF.online-mall BF.office-mini-program BF.office-turnstile BF.mall-wifi each table row’s data is covered by catalogue purposes', () => {
    const expected: Record<string, readonly DataCategoryId[]> = {
      'wechat-mini-program': [
        'wechat-avatar',
        'wechat-nickname',
        'wechat-openid',
        'phone-number',
        'licence-plate',
        'receipt-photos',
      ],
      'online-mall': ['phone-number', 'postal-address', 'online-orders'],
      'office-mini-program': ['phone-number', 'enterprise-title', 'enterprise-email-suffix'],
      'office-turnstile': ['phone-number', 'enterprise-title', 'face-image'],
      'mall-wifi': ['phone-number'],
    }
    expect(Object.keys(expected).sort()).toEqual([...businessFunctionIds].sort())
    const known = new Set<string>(dataCategories.map((c) => c.id))
    for (const [bf, cats] of Object.entries(expected)) {
      for (const cat of cats) {
        expect(known.has(cat)).toBe(true)
        expect(collects(bf).has(cat)).toBe(true)
      }
    }
  })
})
