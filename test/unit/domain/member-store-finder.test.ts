import fc from 'fast-check'
import { buildings, stores } from '../../../src/catalogue/stores'
import { distanceMetres, nearestFirst, onFloor } from '../../../src/domain/store-finder'

describe('store finder (§2.2(b))', () => {
  it('§4 the catalogue is usable by hand: every store sits on a floor its building lists', () => {
    for (const s of stores) {
      const b = buildings.find((x) => x.id === s.building)
      expect(b?.floors).toContain(s.floor)
    }
    expect(new Set(stores.map((s) => s.id)).size).toBe(stores.length)
  })

  it('§4 by building and floor, with no location at all', () => {
    expect(onFloor(stores, 'indigo-mall', 'B1').map((s) => s.id)).toEqual([
      'north-noodle',
      'green-market',
    ])
    expect(onFloor(stores, 'one-indigo', null)).toHaveLength(2)
    expect(onFloor(stores, 'indigo-mall', 'L9')).toEqual([])
  })

  it('§4 distances: zero to itself, symmetric, about 111 m per 0.001° of latitude', () => {
    const a = { latitude: 39.9676, longitude: 116.4893 }
    expect(distanceMetres(a, a)).toBe(0)
    const b = { latitude: 39.9686, longitude: 116.4893 }
    expect(distanceMetres(a, b)).toBeCloseTo(111.2, 0)
    expect(distanceMetres(b, a)).toBeCloseTo(distanceMetres(a, b), 9)
  })

  it('§4 property: nearest first keeps every store and orders them by distance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 39.9, max: 40.05, noNaN: true }),
        fc.double({ min: 116.4, max: 116.6, noNaN: true }),
        (latitude, longitude) => {
          const sorted = nearestFirst(stores, { latitude, longitude })
          return (
            sorted.length === stores.length &&
            sorted.every((s, i) => i === 0 || (sorted[i - 1]?.distance ?? 0) <= s.distance)
          )
        },
      ),
      { numRuns: 500 },
    )
  })
})
