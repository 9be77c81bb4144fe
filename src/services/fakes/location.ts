import type { GeoPoint, LocationSource } from '../member-ports'

/** Near INDIGO's main entrance, 18 Jiuxianqiao Road (gcj02). */
export const FAKE_PRECISE: GeoPoint = { latitude: 39.9676, longitude: 116.4893, accuracy: 15 }

/**
 * Stands in for wx.getLocation on H5 and in tests, and records each call, so a test can prove
 * no location was read before consent (§2.2(b), §7.3).
 */
export function createFakeLocation(opts: { fail?: boolean } = {}) {
  const calls: Array<'precise'> = []
  const source: LocationSource & { readonly calls: readonly 'precise'[] } = {
    async precise() {
      calls.push('precise')
      return opts.fail ? null : FAKE_PRECISE
    },
    get calls() {
      return calls
    },
  }
  return source
}
