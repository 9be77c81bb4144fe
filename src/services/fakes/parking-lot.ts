import { parkingFeeFen } from '../../domain/parking-fee'
import type { ParkingLot, ParkingSession } from '../member-ports'

const HOUR = 3_600_000
const WINDOW = 6 * HOUR

/** A small stable number from a plate, so a plate's mock stays look the same on every load. */
function seedOf(plate: string): number {
  let h = 7
  for (const ch of plate) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 9973
  return h
}

/**
 * The car park system (it works out the fees, mock tariff in domain/parking-fee) is run by a processor for INDIGO (licence-plates purpose); there is no
 * backend for it here, so this mock answers on every platform: the first plate is inside now,
 * every plate has yesterday's stay. Ids are stable within a six-hour window, which keeps the
 * pay-with-points redemption id stable across retries.
 */
export function createFakeParkingLot(now: () => number = Date.now): ParkingLot {
  return {
    async sessions(plates) {
      const t = now()
      const out: ParkingSession[] = []
      plates.forEach((plate, i) => {
        const seed = seedOf(plate)
        if (i === 0) {
          const enteredAt = Math.floor(t / WINDOW) * WINDOW - (60 + (seed % 90)) * 60_000
          const feeFen = parkingFeeFen(enteredAt, t)
          out.push({ id: `pk-${seed}-${enteredAt}`, plate, enteredAt, feeFen, asOf: t })
        }
        const day = Math.floor(t / (24 * HOUR)) * 24 * HOUR
        const enteredAt = day - 24 * HOUR + 2 * HOUR + (seed % 60) * 60_000
        const leftAt = enteredAt + 155 * 60_000
        const feeFen = parkingFeeFen(enteredAt, leftAt)
        out.push({ id: `pk-${seed}-${enteredAt}`, plate, enteredAt, leftAt, feeFen, asOf: t })
      })
      return out.sort((a, b) => b.enteredAt - a.enteredAt)
    },
  }
}
