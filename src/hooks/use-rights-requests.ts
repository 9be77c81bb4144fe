import { useCallback, useEffect, useRef, useState } from 'react'
import type { RightsRequestDto } from '../contract/rights-requests'
import { useLang, useT } from '../i18n/use-t'
import { rightsMessages } from '../i18n/features/rights'
import type { ApiError, ApiResult } from '../services/api'
import { useApi } from './use-api'
import { rightsRoutes } from '../contract/routes-rights'

export type { RightsRequestDto }

/**
 * What to tell the person about a failed call: the server's own message in their language
 * when it sent one (every API error is bilingual), else ours.
 */
export function useRightsErrorText(): (error: ApiError) => string {
  const t = useT(rightsMessages)
  const lang = useLang()
  return useCallback(
    (error: ApiError) => {
      if (error.code === 'notice-not-accepted') return t.rightsErrors.notice
      if (error.code === 'too-many-attempts') return t.rightsVerify.tooManyAttempts
      if (error.code === 'photo-unreadable') return t.rightsForm.photoUnreadable
      if (error.localized) return error.localized[lang]
      if (error.kind === 'network') return t.rightsErrors.network
      return t.rightsErrors.generic
    },
    [t, lang],
  )
}

type Load<T> =
  | { readonly phase: 'loading' }
  | { readonly phase: 'ready'; readonly value: T }
  | { readonly phase: 'error'; readonly error: ApiError }

/** §10.1 tracking: the person's requests, newest first. */
export function useRightsRequestList() {
  const { call } = useApi(rightsRoutes)
  const [state, setState] = useState<Load<readonly RightsRequestDto[]>>({ phase: 'loading' })
  const reload = useCallback(async () => {
    setState({ phase: 'loading' })
    const r = await call('listRightsRequests')
    setState(
      r.ok
        ? {
            phase: 'ready',
            value: [...r.value.requests].sort((a, b) => b.submittedAt - a.submittedAt),
          }
        : { phase: 'error', error: r.error },
    )
  }, [call])
  useEffect(() => {
    void reload()
  }, [reload])
  return { state, reload }
}

/** One request, with the actions the person may take on it (§10.3 verify, cancel). */
export function useRightsRequest(id: string) {
  const { call } = useApi(rightsRoutes)
  const [state, setState] = useState<Load<RightsRequestDto>>({ phase: 'loading' })
  const [actionError, setActionError] = useState<ApiError | null>(null)
  const busy = useRef(false)
  const reload = useCallback(async () => {
    const r = await call('getRightsRequest', { params: { id } })
    setState(r.ok ? { phase: 'ready', value: r.value } : { phase: 'error', error: r.error })
  }, [call, id])
  useEffect(() => {
    void reload()
  }, [reload])

  /** Runs one action at a time: a second tap while the first is under way does nothing. */
  const act = useCallback(
    async (run: () => Promise<ApiResult<RightsRequestDto>>): Promise<boolean> => {
      if (busy.current) return false
      busy.current = true
      setActionError(null)
      try {
        const r = await run()
        if (r.ok) setState({ phase: 'ready', value: r.value })
        else setActionError(r.error)
        return r.ok
      } finally {
        busy.current = false
      }
    },
    [],
  )
  const cancel = useCallback(
    () => act(() => call('cancelRightsRequest', { params: { id } })),
    [act, call, id],
  )
  const verify = useCallback(
    (verificationToken: string) =>
      act(() => call('verifyRightsRequest', { params: { id }, body: { verificationToken } })),
    [act, call, id],
  )
  return { state, reload, cancel, verify, actionError }
}
