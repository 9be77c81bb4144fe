import { withdrawalDeleters } from '../../../mock-server/src/lib/consent-writes'
import { dataCategoryById, type DataCategoryId } from '../../../src/catalogue/data-categories'
import {
  purposeById,
  purposeCatalogue,
  purposes,
  type PurposeId,
  type WithdrawalDeletedCategoryId,
} from '../../../src/catalogue/purposes'
import type { Purpose } from '../../../src/catalogue/types'
import { isPurposeId } from '../../../src/domain/purpose-id'

const deletedOnWithdrawal = [...new Set(purposes.flatMap((p) => p.deletesOnWithdrawal))].sort()

describe('catalogue ids and the backend deleters', () => {
  it('§3.4, §10.1(c) deletion on withdrawal: every category a purpose deletes has a deleter or is declared never stored', () => {
    expect(deletedOnWithdrawal.length).toBeGreaterThan(0)
    for (const category of deletedOnWithdrawal) {
      const del = (withdrawalDeleters as Readonly<Record<string, unknown>>)[category]
      expect([category, del === 'none-stored' || typeof del === 'function']).toEqual([
        category,
        true,
      ])
    }
    // …and no deleter for a category no withdrawal deletes (a renamed id would linger here).
    expect(Object.keys(withdrawalDeleters).sort()).toEqual(deletedOnWithdrawal)
  })

  it('§3.4, §10.1(c): the categories the backend stores are deleted by a function, not counted 0', () => {
    const stored = Object.entries(withdrawalDeleters)
      .filter(([, del]) => typeof del === 'function')
      .map(([category]) => category)
      .sort()
    // plates, receipt photos and the email column are the mock backend's tables (db/migrations.ts).
    expect(stored).toEqual(['email-address', 'licence-plate', 'receipt-photos'])
  })

  it('§2.1, §3.4: every data category a purpose cites or deletes is in the data catalogue', () => {
    for (const p of purposeCatalogue) {
      for (const c of [...p.dataCategories, ...p.deletesOnWithdrawal])
        expect([p.id, c, dataCategoryById[c]?.id]).toEqual([p.id, c, c])
    }
  })

  it('§1.5, §3.8: isPurposeId accepts catalogue ids and refuses a retired or mistyped one', () => {
    for (const id of Object.keys(purposeById)) expect(isPurposeId(id)).toBe(true)
    expect(isPurposeId('approximate-location')).toBe(false)
    expect(isPurposeId('marketing-wechatt')).toBe(false)
    expect(isPurposeId('toString')).toBe(false)
  })

  it('§3.4, §10.1(c): a mistyped catalogue id is a compile error (tsc checks test/)', () => {
    // @ts-expect-error -- 'licence-plates' is a purpose id, not a data category
    const typoCategory: Purpose['deletesOnWithdrawal'] = ['licence-plates']
    // @ts-expect-error -- no such purpose
    const typoPurpose: PurposeId = 'marketing-wechatt'
    // @ts-expect-error -- a deleter map without every deleted category does not compile
    const partial: Record<WithdrawalDeletedCategoryId, 'none-stored'> = { name: 'none-stored' }
    const typoCategoryId: DataCategoryId = 'licence-plate'
    // At runtime the typos are just strings the catalogue does not know.
    expect(isPurposeId(typoPurpose)).toBe(false)
    expect(typoCategory.some((c) => c in dataCategoryById)).toBe(false)
    expect(Object.keys(partial)).toEqual(['name'])
    expect(typoCategoryId in dataCategoryById).toBe(true)
  })
})
