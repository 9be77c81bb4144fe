import { useCallback } from 'react'
import { userKeyStorage } from '../services/auth'
import { h5ClipboardKey } from '../services/clipboard'
import { useAppStoreApi } from '../store/store-context'
import { PENDING_UPLOAD_KEY } from './receipt-upload-key'
import { useApi } from './use-api'
import { useServices } from './services-context'

/**
 * §10.1(c): once deregistration is requested, the session ends and everything on the device
 * goes: the store returns to its first-start state; the H5 stand-in login key, Taro's H5
 * clipboard copy and an unsent receipt photo are removed.
 */
export function useDeviceWipe() {
  const { call } = useApi()
  const store = useAppStoreApi()
  const { storage } = useServices()
  return useCallback(async () => {
    await call('logout')
    store.getState().resetAll()
    storage.removeItem(userKeyStorage)
    // H5 only: a copy made by hand (long press) is kept there by Taro too.
    storage.removeItem(h5ClipboardKey)
    // A receipt photo that was waiting to be sent (use-member-receipts.ts).
    storage.removeItem(PENDING_UPLOAD_KEY)
  }, [call, store, storage])
}
