/** Instants shown as Beijing wall-clock time (UTC+8, no daylight saving), whatever the phone's zone. Pure. */
export function formatBeijingTime(epochMs: number): string {
  const iso = new Date(epochMs + 8 * 3600_000).toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`
}
