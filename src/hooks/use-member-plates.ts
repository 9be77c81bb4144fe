import { useCallback, useEffect, useRef, useState } from 'react'
import { PARKING_POINTS_PER_YUAN } from '../catalogue/rewards'
import { parkingRedemptionId, pointsForFee } from '../domain/parking-fee'
import { validatePlate } from '../domain/validators/plate'
import type { CallOutput } from '../services/api'
import type { ParkingSession } from '../services/member-ports'
import { useApi } from './use-api'
import { memberRoutes } from '../contract/routes-member'
import { type ConsentOutcome, useConsent } from './use-consent'
import { toMemberError, type MemberError } from './use-member'
import { useServices } from './services-context'

export type Plate = CallOutput<'listPlates'>['plates'][number]

export interface ParkingStay extends ParkingSession {
  readonly points: number
  readonly paid: boolean
}

/**
 * E-parking (§2.1(c)): plates are bound only after the licence-plates consent, checked by
 * the shared validator before they are sent; the car park's stays of those plates can be paid
 * with points, once per stay (the redemption id is the stay's). Withdrawing the consent empties
 * the page at once: the backend deletes the plates (§8.2) and nothing of them stays in view.
 */
export function useMemberPlates() {
  const api = useApi(memberRoutes)
  const { parkingLot, sync } = useServices()
  const consent = useConsent('licence-plates')
  const [plates, setPlates] = useState<Plate[] | null>(null)
  const [stays, setStays] = useState<ParkingStay[]>([])
  const [balance, setBalance] = useState<number | null>(null)
  const [error, setError] = useState<MemberError | null>(null)
  const [outcome, setOutcome] = useState<ConsentOutcome | null>(null)
  const [busy, setBusy] = useState(false)
  const paying = useRef(new Set<string>())

  const load = useCallback(async () => {
    if (!consent.granted) {
      setPlates(null)
      setStays([])
      return
    }
    const [p, pts] = [await api.call('listPlates'), await api.call('getPoints')]
    if (!p.ok) return setError(toMemberError(p.error))
    if (!pts.ok) return setError(toMemberError(pts.error))
    setPlates(p.value.plates)
    setBalance(pts.value.balance)
    const paid = new Set(pts.value.history.map((h) => h.ref))
    const sessions = await parkingLot.sessions(p.value.plates.map((x) => x.plate))
    setStays(
      sessions.map((s) => ({
        ...s,
        points: pointsForFee(s.feeFen, PARKING_POINTS_PER_YUAN),
        // Stays that ended were paid at the gate; one paid with points has its redemption.
        paid: s.leftAt !== undefined || paid.has(parkingRedemptionId(s.id)),
      })),
    )
  }, [api, consent.granted, parkingLot])

  useEffect(() => {
    void load()
  }, [load])

  /** Asks for the consent (from the user's tap) when it is missing; true when granted. */
  const enable = useCallback(async () => {
    const o = await consent.request()
    setOutcome(o)
    return o === 'granted'
  }, [consent])

  const add = useCallback(
    async (raw: string): Promise<boolean> => {
      setError(null)
      const v = validatePlate(raw)
      if (!v.ok) {
        setError({ code: v.code })
        return false
      }
      if (!(await enable())) return false
      setBusy(true)
      await sync.flush()
      const r = await api.call('addPlate', { body: { plate: v.value } })
      setBusy(false)
      if (!r.ok) {
        setError(toMemberError(r.error))
        return false
      }
      await load()
      return true
    },
    [api, sync, enable, load],
  )

  const remove = useCallback(
    async (id: string) => {
      const r = await api.call('deletePlate', { params: { id } })
      if (!r.ok) return setError(toMemberError(r.error))
      await load()
    },
    [api, load],
  )

  const pay = useCallback(
    async (stay: ParkingStay) => {
      if (stay.paid || stay.points === 0 || paying.current.has(stay.id)) return
      paying.current.add(stay.id)
      setError(null)
      const r = await api.call('redeemPoints', {
        body: {
          redemptionId: parkingRedemptionId(stay.id),
          rewardId: 'parking',
          points: stay.points,
        },
      })
      paying.current.delete(stay.id)
      // A conflict on the stay's own id means it was already paid (at another fee): reload.
      if (!r.ok && r.error.code !== 'redemption-id-conflict') setError(toMemberError(r.error))
      await load()
    },
    [api, load],
  )

  return {
    granted: consent.granted,
    outcome,
    openSetting: consent.openSetting,
    plates,
    stays,
    balance,
    error,
    busy,
    enable,
    add,
    remove,
    pay,
  }
}
