import { useCallback, useState } from 'react'
import { isUnder14, isValidIsoDate } from '../domain/minors'
import { useAppStore, useAppStoreApi } from '../store/store-context'
import { beijingDate } from './use-minor'
import { useNavigation } from './use-navigation'
import { useServices } from './services-context'

export type BirthProblem = 'birth-empty' | 'birth-invalid' | 'birth-future' | 'birth-too-early'

/** The earliest date of birth taken: anything before is a slip of the picker or the keyboard. */
export const EARLIEST_BIRTH_DATE = '1900-01-01'

/** Why a date of birth cannot be taken, or null; `today` is Beijing's calendar date (§12). */
export function checkBirthDate(value: string, today: string): BirthProblem | null {
  const v = value.trim()
  if (v === '') return 'birth-empty'
  if (!isValidIsoDate(v)) return 'birth-invalid'
  if (v > today) return 'birth-future'
  if (v < EARLIEST_BIRTH_DATE) return 'birth-too-early'
  return null
}

/**
 * Membership sign-up asks the date of birth first (§1.6, §12): under 14 the guardian flow
 * takes over, and until the guardian's separate consent no optional purpose counts as granted
 * and the child's choices stay on the device (the sync engine holds them).
 */
export function useMemberSignUp(now: () => number = Date.now) {
  const store = useAppStoreApi()
  const { sync } = useServices()
  const { go } = useNavigation()
  const birthDate = useAppStore((s) => s.birthDate)
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<BirthProblem | null>(null)

  const choose = useCallback((v: string) => {
    setValue(v)
    setProblem(null)
  }, [])

  const submit = useCallback(() => {
    const today = beijingDate(now())
    const v = value.trim()
    const p = checkBirthDate(v, today)
    setProblem(p)
    if (p) return
    store.getState().setBirthDate(v)
    // §1.6, §12.1: a child's sign-up continues with the guardian, not with the child.
    if (isUnder14(v, today)) go({ page: 'guardian' })
    void sync.flush()
  }, [go, now, store, sync, value])

  /** A member who signed up on another device: the backend already holds the date. */
  const adopt = useCallback(
    (known: string) => {
      if (store.getState().birthDate === null && isValidIsoDate(known)) {
        store.getState().setBirthDate(known)
      }
    },
    [store],
  )

  return {
    needed: birthDate === null,
    value,
    problem,
    today: beijingDate(now()),
    choose,
    submit,
    adopt,
  }
}
