import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Reward } from '../catalogue/rewards'
import type { CallOutput } from '../services/api'
import { createIdGenerator } from '../domain/ids'
import { useAppStore } from '../store/store-context'
import { useApi } from './use-api'
import { memberRoutes } from '../contract/routes-member'
import { useServices } from './services-context'

export type Profile = CallOutput<'getProfile'>
export type Points = CallOutput<'getPoints'>

/** A failure worded by the page: a code of ours or the server's own bilingual message. */
export interface MemberError {
  readonly code: string
  readonly localized?: { readonly 'zh-CN': string; readonly en: string }
}

export function toMemberError(e: {
  code?: string
  kind: string
  localized?: MemberError['localized']
}): MemberError {
  return {
    code: e.code ?? (e.kind === 'network' ? 'network' : 'failed'),
    ...(e.localized ? { localized: e.localized } : {}),
  }
}

/**
 * Membership (§3.1(m)): sign in (wx.login -> backend through the engine's session; a mock
 * code on H5), the profile, the points balance, and phone binding from the getPhoneNumber
 * button. Nothing is fetched before the user opens the member pages and the notice is agreed.
 */
export function useMember() {
  const api = useApi(memberRoutes)
  const { phone } = useServices()
  const signedIn = useAppStore((s) => s.session !== null)
  const [profile, setProfile] = useState<Profile | null>(null)
  const [points, setPoints] = useState<Points | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<MemberError | null>(null)

  const load = useCallback(async () => {
    setBusy(true)
    setError(null)
    const p = await api.call('getProfile')
    const pts = p.ok ? await api.call('getPoints') : p
    setBusy(false)
    if (!p.ok) return setError(toMemberError(p.error))
    if (!pts.ok) return setError(toMemberError(pts.error))
    setProfile(p.value)
    setPoints(pts.value)
  }, [api])

  // Opened while a session exists: show the card at once (no tap needed to sign in again).
  useEffect(() => {
    if (signedIn) void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on open only
  }, [])

  /** From the getPhoneNumber button: the code stands for a number WeChat has verified. */
  const bindPhone = useCallback(
    async (detail?: unknown) => {
      setError(null)
      const got = phone.codeFrom(detail)
      if (!got.ok) return setError({ code: `phone-${got.reason}` })
      setBusy(true)
      // The backend exchanges the code for the number WeChat verified (§3.1(b)).
      const r = await api.call('bindPhone', { body: { code: got.code } })
      setBusy(false)
      if (!r.ok) return setError(toMemberError(r.error))
      setProfile(r.value)
    },
    [api, phone],
  )

  return {
    signedIn: signedIn && profile !== null,
    profile,
    points,
    setPoints,
    busy,
    error,
    load,
    bindPhone,
    phoneTrigger: phone.trigger,
  }
}

export type RedeemPhase = 'idle' | 'confirming' | 'sending' | 'done' | 'failed'

/**
 * Redeeming a reward with a confirmation (§2.1(c)). The redemption id is made when the user
 * opens the confirmation and kept until the backend answers, so a double tap or a retry after
 * a lost answer is the same redemption: it happens once (the backend is idempotent by id).
 */
export function useRedemption(onBalance: (balance: number) => void) {
  const api = useApi(memberRoutes)
  const newId = useMemo(() => createIdGenerator(), [])
  const [reward, setReward] = useState<Reward | null>(null)
  const [phase, setPhase] = useState<RedeemPhase>('idle')
  const [error, setError] = useState<MemberError | null>(null)
  const redemptionId = useRef<string | null>(null)
  // A redemption whose answer never came stays unanswered per reward: reopening the same
  // reward sends the same id, so it cannot be taken twice by closing and trying again.
  const unanswered = useRef(new Map<string, string>())
  const inFlight = useRef(false)

  const open = useCallback(
    (r: Reward) => {
      redemptionId.current = unanswered.current.get(r.id) ?? `rdm-${newId()}`
      setReward(r)
      setError(null)
      setPhase('confirming')
    },
    [newId],
  )

  const cancel = useCallback(() => {
    if (inFlight.current) return
    redemptionId.current = null
    setReward(null)
    setPhase('idle')
  }, [])

  const confirm = useCallback(async () => {
    const id = redemptionId.current
    if (!reward || !id || inFlight.current) return
    inFlight.current = true
    setPhase('sending')
    const r = await api.call('redeemPoints', {
      body: { redemptionId: id, rewardId: reward.id, points: reward.points },
    })
    inFlight.current = false
    if (!r.ok) {
      // Kept: "retry" sends the same id again. A refusal (e.g. not enough points) is final.
      if (r.error.kind === 'network' || (r.error.status ?? 0) >= 500) {
        unanswered.current.set(reward.id, id)
      }
      setError(toMemberError(r.error))
      return setPhase('failed')
    }
    unanswered.current.delete(reward.id)
    redemptionId.current = null
    onBalance(r.value.balance)
    setPhase('done')
  }, [api, reward, onBalance])

  const close = useCallback(() => {
    setReward(null)
    setPhase('idle')
  }, [])

  return { reward, phase, error, open, cancel, confirm, close }
}
