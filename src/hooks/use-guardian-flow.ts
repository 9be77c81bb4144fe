import { useCallback, useRef, useState } from 'react'
import { GUARDIAN_CONSENT_PURPOSE_ID } from '../domain/consent-rules'
import { normaliseSmsCode, secondsUntilResend } from '../domain/sms-verification'
import { validatePhone } from '../domain/validators/phone'
import type { ApiError } from '../services/api'
import { useAppStoreApi } from '../store/store-context'
import { useApi } from './use-api'
import { verificationRoutes } from '../contract/routes-verification'

export type GuardianProblem =
  | { readonly kind: 'phone' }
  | { readonly kind: 'code' }
  | { readonly kind: 'api'; readonly error: ApiError }

/**
 * §1.6, §12.2: the guardian's separate consent for a child under 14. The guardian's phone is
 * verified with an SMS code sent to it (it is not put on the child's profile); only then is
 * `guardian-consent` recorded, with actor 'guardian' from the guardian flow, on the child's
 * ledger.
 */
export function useGuardianFlow(now: () => number = Date.now) {
  const store = useAppStoreApi()
  const { call } = useApi(verificationRoutes)
  const [sent, setSent] = useState<{ id: string; maskedPhone: string; at: number } | null>(null)
  const [problem, setProblem] = useState<GuardianProblem | null>(null)
  const [busy, setBusy] = useState(false)
  const working = useRef(false)

  const run = useCallback(async (fn: () => Promise<void>) => {
    if (working.current) return
    working.current = true
    setBusy(true)
    setProblem(null)
    try {
      await fn()
    } finally {
      working.current = false
      setBusy(false)
    }
  }, [])

  const sendCode = useCallback(
    (input: string) =>
      run(async () => {
        const phone = validatePhone(input)
        if (!phone.ok) return setProblem({ kind: 'phone' })
        if (secondsUntilResend(sent?.at ?? null, now()) > 0) return
        // §1.6, §12.2: the code goes to the guardian's phone; the child's own profile phone is
        // not touched (the guardian is not the member).
        const r = await call('sendSmsCode', { body: { purpose: 'guardian', phone: phone.value } })
        if (!r.ok) return setProblem({ kind: 'api', error: r.error })
        setSent({ id: r.value.verificationId, maskedPhone: r.value.maskedPhone, at: now() })
      }),
    [call, now, run, sent],
  )

  const verify = useCallback(
    (input: string) =>
      run(async () => {
        if (!sent) return
        const code = normaliseSmsCode(input)
        if (!code) return setProblem({ kind: 'code' })
        const r = await call('verifySmsCode', { body: { verificationId: sent.id, code } })
        if (!r.ok) return setProblem({ kind: 'api', error: r.error })
        // §12.2: recorded as given by the guardian, never by the child, with the guardian's
        // verified phone (masked) as who gave it.
        store.getState().recordChoice({
          purposeIds: [GUARDIAN_CONSENT_PURPOSE_ID],
          action: 'grant',
          actor: 'guardian',
          source: 'guardian-flow',
          guardianPhone: sent.maskedPhone,
        })
      }),
    [call, run, sent, store],
  )

  return {
    sent,
    problem,
    busy,
    secondsUntilResend: secondsUntilResend(sent?.at ?? null, now()),
    sendCode,
    verify,
  }
}
