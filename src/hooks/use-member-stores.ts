import { useCallback, useEffect, useState } from 'react'
import { buildings, type BuildingId, stores, type Store } from '../catalogue/stores'
import { nearestFirst, onFloor } from '../domain/store-finder'
import type { GeoPoint } from '../services/member-ports'
import { type ConsentOutcome, useConsent } from './use-consent'
import { useServices } from './services-context'

export type FinderMode = 'manual' | 'precise'

export interface FoundStore extends Store {
  /** metres, when a location was shared */
  readonly distance?: number
}

/**
 * The store finder (§2.2(b)): by hand (building and floor) unless the user taps "near me".
 * Precise location needs its separate consent (§7.1, §7.3) and then scope.userLocation; there
 * is no approximate mode (src/catalogue/purposes/location-media.ts says why). Refusing leaves
 * the directory working. A withdrawn consent drops the location it allowed at once.
 */
export function useMemberStores() {
  const { location } = useServices()
  const precise = useConsent('precise-location')
  const [mode, setMode] = useState<FinderMode>('manual')
  const [here, setHere] = useState<GeoPoint | null>(null)
  const [building, setBuilding] = useState<BuildingId>(buildings[0]?.id ?? 'indigo-mall')
  const [floor, setFloor] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<ConsentOutcome | 'unavailable' | null>(null)
  const [locating, setLocating] = useState(false)

  useEffect(() => {
    if (mode === 'precise' && !precise.granted) {
      setHere(null)
      setMode('manual')
    }
  }, [mode, precise.granted])

  const locate = useCallback(async () => {
    setOutcome(null)
    setLocating(true)
    const o = await precise.request()
    if (o !== 'granted') {
      setLocating(false)
      return setOutcome(o)
    }
    const point = await location.precise()
    setLocating(false)
    if (!point) return setOutcome('unavailable')
    setHere(point)
    setMode('precise')
  }, [precise, location])

  const chooseByHand = useCallback((b: BuildingId, f: string | null) => {
    setHere(null)
    setMode('manual')
    setOutcome(null)
    setBuilding(b)
    setFloor(f)
  }, [])

  const list: FoundStore[] =
    mode === 'precise' && here ? nearestFirst(stores, here) : onFloor(stores, building, floor)

  return {
    mode,
    here,
    building,
    floor,
    list,
    outcome,
    locating,
    locate,
    chooseByHand,
    /** WeChat's settings page for scope.userLocation (from a tap only). */
    openSetting: precise.openSetting,
  }
}
