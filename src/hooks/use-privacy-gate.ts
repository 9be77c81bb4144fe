import { useCallback, useEffect, useState } from 'react'
import type { PrivacyGate } from '../services/ports'
import type { AppStore } from '../store/create-app-store'
import { useAppStore, useAppStoreApi } from '../store/store-context'
import { useServices } from './services-context'

/**
 * WeChat's own privacy gate (__usePrivacyCheck__): registered ONCE at launch (app.tsx). WeChat
 * calls back when a privacy API needs the user's agreement; the call waits in the store until
 * the popup on the current page answers it.
 */
export function registerPrivacyGate(privacy: PrivacyGate, store: AppStore) {
  privacy.onNeedAuthorization((resolve, referrer) => {
    store.getState().openPrivacyAsk(resolve, referrer)
  })
}

/** What the popup needs: the pending ask and the three answers WeChat expects. */
export function usePrivacyPopup() {
  const api = useAppStoreApi()
  const { privacy } = useServices()
  const ask = useAppStore((s) => s.privacyAsk)
  const [contractName, setContractName] = useState('')
  const asking = ask !== null
  useEffect(() => {
    if (!asking) return
    let live = true
    void privacy.getSetting().then((s) => live && setContractName(s.contractName))
    return () => {
      live = false
    }
  }, [asking, privacy])

  /** Reported once per ask when the popup is actually on screen. */
  const exposed = useCallback(() => api.getState().markPrivacyExposed(), [api])

  const agree = useCallback(
    (buttonId: string) => {
      const state = api.getState()
      const current = state.privacyAsk
      if (!current) return
      state.markPrivacyExposed()
      current.resolve({ event: 'agree', buttonId })
      // §1.5: agreeing in WeChat's popup is agreeing to the same policy: the notice is answered.
      if (state.notice?.decision !== 'accepted') state.decideNotice('accepted')
      state.closePrivacyAsk()
    },
    [api],
  )

  const disagree = useCallback(() => {
    const state = api.getState()
    const current = state.privacyAsk
    if (!current) return
    state.markPrivacyExposed()
    current.resolve({ event: 'disagree' })
    state.closePrivacyAsk()
  }, [api])

  const openContract = usePrivacyContract()

  return { ask, contractName, exposed, agree, disagree, openContract }
}

/** Opens WeChat's privacy contract page; where there is none (H5, tests), our full text. */
export function usePrivacyContract() {
  const { privacy, navigator } = useServices()
  return useCallback(async () => {
    const opened = await privacy.openContract()
    if (!opened) navigator.go({ page: 'policy' })
  }, [privacy, navigator])
}
