import { beijingDate } from '../domain/beijing-time'
import { GUARDIAN_CONSENT_PURPOSE_ID } from '../domain/consent-rules'
import { isUnder14 } from '../domain/minors'
import { isGranted } from '../store/selectors'
import { useAppStore } from '../store/store-context'

// Today's calendar date in Beijing time: birthdays count in China time (§12). Named here too
// for the guardian and sign-up code that import it with the hook.
export { beijingDate }

/**
 * §1.6, §12: whether the user is a child under 14 and whether the guardian has agreed. For a
 * child every optional choice is the guardian's, made in the guardian flow.
 */
export function useMinor(now: () => number = Date.now) {
  const birthDate = useAppStore((s) => s.birthDate)
  const guardianGranted = useAppStore((s) => isGranted(s, GUARDIAN_CONSENT_PURPOSE_ID))
  const under14 = birthDate !== null && isUnder14(birthDate, beijingDate(now()))
  return { birthDate, under14, guardianGranted }
}
