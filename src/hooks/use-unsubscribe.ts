import { useCallback, useRef, useState } from 'react'
import type { Bilingual } from '../catalogue/types'
import type { ApiError } from '../services/api'
import { useServices } from './services-context'

export type UnsubscribeState =
  | { readonly phase: 'idle' | 'working' }
  | {
      readonly phase: 'done'
      readonly unsubscribed: readonly string[]
      readonly message: Bilingual
    }
  | { readonly phase: 'failed'; readonly error: ApiError }

/**
 * §3.4(b): the unsubscribe link from an SMS or email works with one tap and no login. It
 * calls the backend without a session (the route's auth is 'none') and never on page load:
 * link scanners open links, only a person taps (RFC 8058's POST, not the GET).
 */
export function useUnsubscribe(token: string | undefined) {
  const { api } = useServices()
  const [state, setState] = useState<UnsubscribeState>({ phase: 'idle' })
  const busy = useRef(false)

  const unsubscribe = useCallback(async () => {
    if (!token || busy.current) return
    busy.current = true
    setState({ phase: 'working' })
    const r = await api.call('unsubscribePost', { body: { token } })
    busy.current = false
    setState(
      r.ok
        ? { phase: 'done', unsubscribed: r.value.unsubscribed, message: r.value.message }
        : { phase: 'failed', error: r.error },
    )
  }, [api, token])

  return { state, unsubscribe }
}
