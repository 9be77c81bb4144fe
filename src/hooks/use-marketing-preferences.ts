import { useCallback, useState } from 'react'
import { purposes } from '../catalogue/purposes'
import type { Purpose } from '../catalogue/types'
import { marketingChannels } from '../catalogue/types'
import { PERSONALISED_PUSH_PURPOSE_ID, marketingPurposeId } from '../domain/marketing'
import { selectConsentState } from '../store/selectors'
import { useAppStore, useAppStoreApi } from '../store/store-context'
import { useMinor } from './use-minor'
import { useNavigation } from './use-navigation'

const byId = (id: string): Purpose | undefined => purposes.find((p) => p.id === id)

/** §3.3, §3.4: one purpose per channel, in the policy's order (SMS, email, phone, WeChat, post). */
export const channelPurposes: readonly Purpose[] = marketingChannels
  .map((c) => byId(marketingPurposeId(c)))
  .filter((p): p is Purpose => p !== undefined)

/** §9.3(a): personalised push is its own switch. */
export const personalisedPurpose = byId(PERSONALISED_PUSH_PURPOSE_ID)

/** §3.4(c): "stop all marketing" withdraws every marketing purpose and personalised push. */
const stoppable: readonly Purpose[] = purposes.filter(
  (p) => !p.required && (p.group === 'marketing' || p.id === PERSONALISED_PUSH_PURPOSE_ID),
)

/**
 * Marketing preferences: per-channel switches, personalised push, "stop all" in one tap.
 * WeChat push (§3.1(g)) is our consent only: INDIGO sends it through its Official Account to the
 * members who consent (the audience route), never as a mini program subscribe message, which
 * WeChat keeps for service notices the user asked for (catalogue/subscribe-templates.ts).
 */
export function useMarketingPreferences() {
  const store = useAppStoreApi()
  const { go } = useNavigation()
  const state = useAppStore((s) => selectConsentState(s))
  const guest = useAppStore((s) => s.notice?.decision !== 'accepted')
  const { under14 } = useMinor()
  const [stopped, setStopped] = useState(false)

  const toggle = useCallback(
    (purpose: Purpose, on: boolean) => {
      setStopped(false)
      if (!on) {
        store.getState().recordChoice({
          purposeIds: [purpose.id],
          action: 'withdraw',
          source: 'marketing-preferences',
        })
        return
      }
      // §1.5: nothing optional before the notice; §12.2: a child's choices wait for the guardian.
      if (guest) return go({ page: 'notice' })
      if (under14) return go({ page: 'guardian' })
      if (purpose.separateConsent) return go({ page: 'separate-consent', purpose: purpose.id })
      store.getState().recordChoice({
        purposeIds: [purpose.id],
        action: 'grant',
        source: 'marketing-preferences',
      })
    },
    [go, guest, under14, store],
  )

  const granted = stoppable.filter((p) => state[p.id]?.granted === true)

  /** §3.4(c): one tap, every channel off; recorded as one bulk withdrawal. */
  const stopAll = useCallback(() => {
    // Also the grants waiting for re-consent or the guardian: after "stop all" none may revive.
    const state = selectConsentState(store.getState())
    const on = stoppable.filter((p) => {
      const status = state[p.id]?.status
      return status !== undefined && status !== 'withdrawn' && status !== 'not-set'
    })
    if (on.length > 0) {
      store.getState().recordChoice({
        purposeIds: on.map((p) => p.id),
        action: 'withdraw',
        source: 'marketing-preferences',
        bulk: on.length > 1,
      })
    }
    setStopped(true)
  }, [store])

  return { state, guest, under14, granted, stopped, toggle, stopAll }
}
