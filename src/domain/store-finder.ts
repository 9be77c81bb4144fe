/**
 * The store finder's rules (§2.2(b)): nearest first when a location was shared, otherwise
 * the directory for the building and floor the user picked. Pure.
 */

export interface Located {
  readonly latitude: number
  readonly longitude: number
}

const EARTH_RADIUS_M = 6_371_000
const rad = (deg: number) => (deg * Math.PI) / 180

/** Great-circle distance in metres (haversine): plenty for "which store is closest". */
export function distanceMetres(a: Located, b: Located): number {
  const dLat = rad(b.latitude - a.latitude)
  const dLng = rad(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Stores with their distance from `here`, nearest first (ties by id, so the order is stable). */
export function nearestFirst<T extends Located & { readonly id: string }>(
  stores: readonly T[],
  here: Located,
): Array<T & { readonly distance: number }> {
  return stores
    .map((s) => ({ ...s, distance: distanceMetres(here, s) }))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
}

/** The directory view: one building, optionally one floor. */
export function onFloor<T extends { readonly building: string; readonly floor: string }>(
  stores: readonly T[],
  building: string,
  floor: string | null,
): T[] {
  return stores.filter((s) => s.building === building && (floor === null || s.floor === floor))
}
