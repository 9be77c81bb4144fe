import { useCallback } from 'react'
import { purposeById, type PurposeId } from '../catalogue/purposes'
import { askKey } from '../domain/ask-memory'
import type { WechatScope } from '../catalogue/types'
import type { AppStore } from '../store/create-app-store'
import { isGranted, selectConsentState } from '../store/selectors'
import { useAppStore, useAppStoreApi } from '../store/store-context'
import { useServices } from './services-context'

/** What came of a just-in-time ask; the feature goes ahead only on 'granted'. */
export type ConsentOutcome =
  /** Our consent and, where one is needed, WeChat's permission are in place. */
  | 'granted'
  /** §1.5: the notice was not agreed (guest mode): the notice opened instead, nothing collected. */
  | 'needs-notice'
  /** §1.6, §12.2: a child's optional purposes wait for the guardian. */
  | 'needs-guardian'
  /** The user said no on the consent screen (remembered for 48 hours). */
  | 'refused'
  /** The user refused WeChat's permission dialog (remembered for 48 hours). */
  | 'permission-denied'
  /** Refused in WeChat earlier: only the settings page can allow it, from a tap (openSetting). */
  | 'needs-setting'
  /** Our own ask was refused less than 48 hours ago: not shown again by itself. */
  | 'quiet-consent'
  /** WeChat's permission was refused less than 48 hours ago: not asked again by itself. */
  | 'quiet-permission'

/**
 * Waits for the separate-consent screen to answer the ask. A replaced or cleared ask counts
 * as a refusal; a grant made elsewhere meanwhile (the consent center) counts as a grant.
 */
function waitForAnswer(store: AppStore, purposeId: string): Promise<'granted' | 'refused'> {
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((s) => {
      const ask = s.pendingAsk
      let answer: 'granted' | 'refused' | null = null
      if (isGranted(s, purposeId)) answer = 'granted'
      else if (!ask || ask.purposeId !== purposeId) answer = 'refused'
      else answer = ask.answer
      if (answer === null) return
      unsubscribe()
      resolve(answer)
    })
  })
}

/**
 * The just-in-time gate at the point of use (upload a receipt, bind a plate, find stores near
 * me, enrol a face, WiFi tracking, personalised push). `request()` is called from the user's
 * tap: our consent first, on the purpose's own screen (§7.3); only then WeChat's permission
 * (§2.2(b)(iii)). After a refusal the same ask stays quiet for 48 hours; the consent center
 * still lets the user opt in.
 */
export function useConsent(purposeId: PurposeId) {
  const store = useAppStoreApi()
  const { permissions, navigator } = useServices()
  const granted = useAppStore((s) => isGranted(s, purposeId))

  const askPermission = useCallback(
    async (scope: WechatScope): Promise<ConsentOutcome> => {
      const status = await permissions.status(scope)
      if (status === 'granted') return 'granted'
      if (store.getState().isQuiet(askKey.scope(scope))) return 'quiet-permission'
      // WeChat shows its dialog only once; after that only a tap on "open settings" helps.
      if (status === 'denied') return 'needs-setting'
      if ((await permissions.authorize(scope)) === 'granted') return 'granted'
      store.getState().rememberRefusal(askKey.scope(scope))
      return 'permission-denied'
    },
    [permissions, store],
  )

  const request = useCallback(async (): Promise<ConsentOutcome> => {
    const purpose = purposeById[purposeId]
    const state = store.getState()
    if (state.notice?.decision !== 'accepted') {
      navigator.go({ page: 'notice' })
      return 'needs-notice'
    }
    const current = selectConsentState(state)[purposeId]
    if (!purpose.required && !current?.granted) {
      if (current?.status === 'needs-guardian') return 'needs-guardian'
      if (state.isQuiet(askKey.consent(purposeId))) return 'quiet-consent'
      state.startAsk(purposeId)
      navigator.go({ page: 'separate-consent', purpose: purposeId })
      const answer = await waitForAnswer(store, purposeId)
      store.getState().endAsk()
      if (answer !== 'granted') {
        store.getState().rememberRefusal(askKey.consent(purposeId))
        return 'refused'
      }
    }
    return purpose.wechatScope ? askPermission(purpose.wechatScope) : 'granted'
  }, [purposeId, store, navigator, askPermission])

  /** From the user's own tap only (WeChat requires it): the settings page. */
  const openSetting = useCallback(async (): Promise<'granted' | 'denied'> => {
    const scope = purposeById[purposeId].wechatScope
    if (!scope) return 'granted'
    return permissions.openSetting(scope)
  }, [purposeId, permissions])

  return { granted, request, openSetting }
}
