import { useCallback, useEffect, useState } from 'react'
import { buildings, type BuildingId, stores, type Store } from '../catalogue/stores'
import { nearestFirst, onFloor } from '../domain/store-finder'
import type { GeoPoint } from '../services/member-ports'
import { type ConsentOutcome, useConsent } from './use-consent'
import { useServices } from './services-context'

export type FinderMode = 'manual' | 'approximate' | 'precise'

export interface FoundStore extends Store {
  /** metres, when a location was shared */
  readonly distance?: number
}

/**
 * The store finder (issue 7 §4): by hand (building and floor) unless the user taps "near me".
 * Precise location needs its separate consent and scope.userLocation; the approximate one its
 * own consent and scope.userFuzzyLocation. Refusing either leaves the directory working.
 * A withdrawn consent drops the location it allowed at once.
 */
export function useMemberStores() {
  const { location } = useServices()
  const precise = useConsent('precise-location')
  const approximate = useConsent('approximate-location')
  const [mode, setMode] = useState<FinderMode>('manual')
  const [here, setHere] = useState<GeoPoint | null>(null)
  const [building, setBuilding] = useState<BuildingId>(buildings[0]?.id ?? 'indigo-mall')
  const [floor, setFloor] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<ConsentOutcome | 'unavailable' | null>(null)
  const [locating, setLocating] = useState(false)
  const [lastKind, setLastKind] = useState<'precise' | 'approximate'>('precise')

  useEffect(() => {
    if (
      (mode === 'precise' && !precise.granted) ||
      (mode === 'approximate' && !approximate.granted)
    ) {
      setHere(null)
      setMode('manual')
    }
  }, [mode, precise.granted, approximate.granted])

  const locate = useCallback(
    async (kind: 'precise' | 'approximate') => {
      const gate = kind === 'precise' ? precise : approximate
      setLastKind(kind)
      setOutcome(null)
      setLocating(true)
      const o = await gate.request()
      if (o !== 'granted') {
        setLocating(false)
        return setOutcome(o)
      }
      const point = kind === 'precise' ? await location.precise() : await location.fuzzy()
      setLocating(false)
      if (!point) return setOutcome('unavailable')
      setHere(point)
      setMode(kind)
    },
    [precise, approximate, location],
  )

  const chooseByHand = useCallback((b: BuildingId, f: string | null) => {
    setHere(null)
    setMode('manual')
    setOutcome(null)
    setBuilding(b)
    setFloor(f)
  }, [])

  const list: FoundStore[] =
    mode !== 'manual' && here ? nearestFirst(stores, here) : onFloor(stores, building, floor)

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
    /** WeChat's settings page for the scope of the last "near me" tap (from a tap only). */
    openSetting: () => (lastKind === 'precise' ? precise : approximate).openSetting(),
  }
}
