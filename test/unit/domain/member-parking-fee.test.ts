import fc from 'fast-check'
import {
  DAILY_CAP_FEN,
  durationParts,
  parkingFeeFen,
  parkingRedemptionId,
  pointsForFee,
} from '../../../src/domain/parking-fee'

const MIN = 60_000
const HOUR = 60 * MIN

describe('e-parking fees (§2.1(c), mock tariff)', () => {
  it.each([
    [0, 0],
    [59 * MIN, 0],
    [HOUR, 0],
    [HOUR + MIN, 1000],
    [2 * HOUR, 1000],
    [2 * HOUR + MIN, 2000],
    [12 * HOUR, 11_000],
    [13 * HOUR + 1, DAILY_CAP_FEN],
    [24 * HOUR, DAILY_CAP_FEN],
  ])('§3 a stay of %i ms costs %i fen', (ms, fen) => {
    expect(parkingFeeFen(1_000_000, 1_000_000 + ms)).toBe(fen)
  })

  it('§3 property: the fee never falls as the stay grows, and one day never costs more than the cap', () => {
    fc.assert(
      fc.property(fc.nat(3 * 24 * HOUR), fc.nat(3 * HOUR), (a, extra) => {
        const fee = parkingFeeFen(0, a)
        const longer = parkingFeeFen(0, a + extra)
        const days = Math.floor(a / (24 * HOUR)) + 1
        return longer >= fee && fee <= days * DAILY_CAP_FEN
      }),
      { numRuns: 1000 },
    )
  })

  it('§3 points pay the fee at the stated rate, rounded up', () => {
    expect(pointsForFee(6000, 10)).toBe(600)
    expect(pointsForFee(1, 10)).toBe(1)
    expect(pointsForFee(0, 10)).toBe(0)
  })

  it('§2 one stay has one redemption id, a valid client key, so paying twice is one payment', () => {
    const id = parkingRedemptionId('pk-42-1764000000000')
    expect(id).toBe(parkingRedemptionId('pk-42-1764000000000'))
    expect(id).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/)
    expect(id).not.toBe(parkingRedemptionId('pk-42-1764000000001'))
  })

  it('words durations as hours and minutes', () => {
    expect(durationParts(155 * MIN)).toEqual({ hours: 2, minutes: 35 })
    expect(durationParts(-5)).toEqual({ hours: 0, minutes: 0 })
  })
})
