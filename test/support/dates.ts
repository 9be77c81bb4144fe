/**
 * Dates relative to the test's clock, for tests whose fixtures are about "today" (an age, a
 * receipt bought today): written as fixed dates they pass only while that day is near.
 * Date.now() is the clock TEST_NOW moves (test/support/test-clock.js).
 */
import { beijingDate } from '../../src/domain/beijing-time'

/** Today's date in Beijing (§12.2 ages and the receipts' dates count there), YYYY-MM-DD. */
export function todayInBeijing(now: number = Date.now()): string {
  return beijingDate(now)
}

/**
 * The date of birth of someone who turned `years` on 1 January of this Beijing year, so is
 * `years` old all year (a child of 10 stays under 14 whatever the day).
 */
export function bornYearsAgo(years: number, now: number = Date.now()): string {
  return `${Number(todayInBeijing(now).slice(0, 4)) - years}-01-01`
}
