import { useState } from 'react'
import type { Purpose } from '../../../../catalogue/types'
import { deletesOf } from '../../../../components/withdraw-sheet'
import { bulkGrantablePurposes } from '../../../../domain/consent-rules'
import { useNavigation } from '../../../../hooks/use-navigation'
import { optionalPurposes, selectConsentState } from '../../../../store/selectors'
import { useAppStore, useAppStoreApi } from '../../../../store/store-context'

/**
 * The consent center's choices (§10.1(d)). Granting: one tap per ordinary purpose; a
 * separate-consent purpose opens its own screen (§7.3). Withdrawing: one tap, plus one
 * confirmation only when the backend deletes data on withdrawal.
 */
export function useConsentCenter() {
  const api = useAppStoreApi()
  const { go } = useNavigation()
  const state = useAppStore((s) => selectConsentState(s))
  const guest = useAppStore((s) => s.notice?.decision !== 'accepted')
  const [pending, setPending] = useState<readonly Purpose[] | null>(null)

  const granted = optionalPurposes.filter((p) => state[p.id]?.granted === true)
  // §7.3: never a separate-consent item; children's purposes wait for the guardian (§12.2).
  const bulkable = bulkGrantablePurposes(optionalPurposes).filter(
    (p) => !state[p.id]?.granted && state[p.id]?.status !== 'needs-guardian',
  )

  function withdrawNow(purposes: readonly Purpose[]) {
    api.getState().recordChoice({
      purposeIds: purposes.map((p) => p.id),
      action: 'withdraw',
      source: 'consent-center',
      bulk: purposes.length > 1,
    })
  }

  function withdraw(purposes: readonly Purpose[]) {
    if (deletesOf(purposes).length > 0) setPending(purposes)
    else withdrawNow(purposes)
  }

  function toggle(purpose: Purpose, on: boolean) {
    if (!on) return withdraw([purpose])
    // §1.5: nothing optional before the notice is agreed; the notice is one tap away.
    if (guest) return go({ page: 'notice' })
    if (purpose.separateConsent) return go({ page: 'separate-consent', purpose: purpose.id })
    api.getState().recordChoice({
      purposeIds: [purpose.id],
      action: 'grant',
      source: 'consent-center',
    })
  }

  function allowAll() {
    if (guest) return go({ page: 'notice' })
    if (bulkable.length === 0) return
    api.getState().recordChoice({
      purposeIds: bulkable.map((p) => p.id),
      action: 'grant',
      source: 'consent-center',
      bulk: true,
    })
  }

  return {
    state,
    guest,
    granted,
    bulkable,
    pending,
    toggle,
    allowAll,
    withdrawAll: () => withdraw(granted),
    confirmWithdrawal() {
      if (pending) withdrawNow(pending)
      setPending(null)
    },
    cancelWithdrawal: () => setPending(null),
  }
}
