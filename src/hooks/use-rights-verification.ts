import { useCallback, useEffect, useRef, useState } from 'react'
import { normaliseSmsCode, RESEND_COOLDOWN_MS, secondsUntil } from '../domain/sms-verification'
import { validatePhone, type PhoneErrorCode } from '../domain/validators/phone'
import type { ApiError } from '../services/api'
import { useApi } from './use-api'
import { verificationRoutes } from '../contract/routes-verification'

export type VerificationPhase = 'idle' | 'sending' | 'sent' | 'verifying' | 'verified' | 'no-phone'

export type VerificationProblem =
  | { readonly kind: 'api'; readonly error: ApiError }
  | { readonly kind: 'code-format' }
  | { readonly kind: 'phone'; readonly code: PhoneErrorCode }

/**
 * §10.3: a code to the member's phone, a resend cooldown, the server's attempt limits, and a
 * single-use token at the end. Adds the phone number first when the account has none.
 */
export function useRightsVerification(now: () => number = Date.now) {
  const { call } = useApi(verificationRoutes)
  const [phase, setPhase] = useState<VerificationPhase>('idle')
  const [sent, setSent] = useState<{ id: string; maskedPhone: string; at: number } | null>(null)
  const [problem, setProblem] = useState<VerificationProblem | null>(null)
  const [clock, setClock] = useState(now())
  /** When another code may be asked for: a minute after one was sent, or the server's retry-after. */
  const [resendAt, setResendAt] = useState<number | null>(null)
  const busy = useRef(false)
  const wait = secondsUntil(resendAt, clock)

  // The countdown ticks once a second only while it runs.
  useEffect(() => {
    if (wait <= 0) return undefined
    const timer = setInterval(() => setClock(now()), 1000)
    return () => clearInterval(timer)
  }, [wait, now])

  const send = useCallback(async () => {
    if (busy.current || secondsUntil(resendAt, now()) > 0) return
    busy.current = true
    setPhase('sending')
    setProblem(null)
    const r = await call('sendSmsCode', { body: { purpose: 'rights-request' } })
    busy.current = false
    if (r.ok) {
      const at = now()
      setSent({ id: r.value.verificationId, maskedPhone: r.value.maskedPhone, at })
      setResendAt(at + RESEND_COOLDOWN_MS)
      setClock(at)
      setPhase('sent')
      return
    }
    if (r.error.code === 'no-phone-on-file') {
      setPhase('no-phone')
      return
    }
    // §10.3: the server's cooldown (or hourly limit) says how long: the button counts it down.
    if (r.error.retryAfterSeconds !== undefined) {
      const at = now()
      setResendAt(at + r.error.retryAfterSeconds * 1000)
      setClock(at)
    }
    setProblem({ kind: 'api', error: r.error })
    setPhase(sent ? 'sent' : 'idle')
  }, [call, now, sent, resendAt])

  /** Saves the number the person typed to their profile, then sends the code to it. */
  const savePhone = useCallback(
    async (input: string) => {
      const p = validatePhone(input)
      if (!p.ok) {
        setProblem({ kind: 'phone', code: p.code })
        return
      }
      if (busy.current) return
      busy.current = true
      setProblem(null)
      const r = await call('updateProfile', { body: { phone: p.value } })
      busy.current = false
      if (!r.ok) {
        setProblem({ kind: 'api', error: r.error })
        return
      }
      await send()
    },
    [call, send],
  )

  /** The token for the request, or null (the problem says why). One check at a time. */
  const verify = useCallback(
    async (input: string): Promise<string | null> => {
      if (!sent || busy.current) return null
      const code = normaliseSmsCode(input)
      if (!code) {
        setProblem({ kind: 'code-format' })
        return null
      }
      busy.current = true
      setPhase('verifying')
      setProblem(null)
      const r = await call('verifySmsCode', { body: { verificationId: sent.id, code } })
      busy.current = false
      if (r.ok) {
        setPhase('verified')
        return r.value.verificationToken
      }
      setProblem({ kind: 'api', error: r.error })
      setPhase('sent')
      return null
    },
    [call, sent],
  )

  /** A spent or refused token: the person verifies again (a new code). */
  const restart = useCallback(() => {
    setPhase(sent ? 'sent' : 'idle')
  }, [sent])

  return {
    phase,
    maskedPhone: sent?.maskedPhone ?? null,
    secondsUntilResend: wait,
    problem,
    send,
    savePhone,
    verify,
    restart,
  }
}
