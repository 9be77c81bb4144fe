/**
 * Beijing time, in one place. China is UTC+8 all year (no daylight saving); the policy, the
 * backend, the §10 due dates and the §12 age check count days there whatever the phone's zone.
 * Pure, no library: the domain and the mock backend use it as is, and the localized wording
 * of dates (src/i18n/format-date.ts) builds on the helpers below.
 */
export const BEIJING_UTC_OFFSET_MINUTES = 8 * 60
const OFFSET_MS = BEIJING_UTC_OFFSET_MINUTES * 60_000
const DAY_MS = 24 * 60 * 60_000

/** The wall clock in Beijing at an instant, as an ISO string read without its zone. */
const wallClock = (epochMs: number) => new Date(epochMs + OFFSET_MS).toISOString()

/** The calendar date in Beijing of an instant, as YYYY-MM-DD. */
export function beijingDate(epochMs: number): string {
  return wallClock(epochMs).slice(0, 10)
}

/** The last instant (23:59:59.999 Beijing time) of a Beijing calendar date, as epoch ms. */
export function endOfBeijingDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) - OFFSET_MS + DAY_MS - 1
}

/**
 * An instant as Beijing wall-clock time, 'YYYY-MM-DD HH:mm', the same in both languages (for
 * records such as an export's timestamp). Sentences use formatDate/formatDateTime in src/i18n.
 */
export function formatBeijingTime(epochMs: number): string {
  const iso = wallClock(epochMs)
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`
}
