import { useCallback, useState } from 'react'
import type { ConsentReceipt } from '../contract/consents'
import type { ApiError } from '../services/api'
import { useApi } from './use-api'
import { useServices } from './services-context'

/**
 * The user's consent receipts (one per ledger entry, ISO/IEC TS 27560 shaped), fetched on
 * request and exported as JSON to the clipboard so the person can keep them.
 */
export function useConsentReceipts() {
  const { call } = useApi()
  const { clipboard } = useServices()
  const [receipts, setReceipts] = useState<readonly ConsentReceipt[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(false)
  const [exported, setExported] = useState<'copied' | 'failed' | null>(null)

  const load = useCallback(async () => {
    setLoading(true)
    setError(null)
    const r = await call('getConsentReceipts')
    setLoading(false)
    if (r.ok) setReceipts(r.value.receipts)
    else setError(r.error)
  }, [call])

  const exportText = receipts ? JSON.stringify({ receipts }, null, 2) : ''

  const exportAll = useCallback(async () => {
    if (!receipts) return
    const copied = clipboard ? await clipboard.copy(exportText) : false
    setExported(copied ? 'copied' : 'failed')
  }, [clipboard, exportText, receipts])

  return { receipts, error, loading, exported, exportText, load, exportAll }
}
