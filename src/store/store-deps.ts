import { currentPolicyVersion } from '../catalogue/policy/versions'
import { purposes } from '../catalogue/purposes'
import { createConsentEvents, mergeLedgers } from '../domain/ledger'
import { compactLedger } from '../domain/outbox'
import type { ConsentDeps } from './consent-slice'

/** The store's consent actions wired to the domain rules and the current policy version. */
export function storeDeps(clock: { now: () => number; newId: () => string }): ConsentDeps {
  return {
    ...clock,
    policyVersion: currentPolicyVersion.version,
    makeEvents: (ledger, input, meta) => {
      const result = createConsentEvents(
        {
          purposeIds: input.purposeIds,
          action: input.action,
          bulk: input.bulk ?? false,
          source: input.source,
          actor: input.actor ?? 'user',
          ...(input.guardianPhone !== undefined ? { guardianPhone: input.guardianPhone } : {}),
          policyVersion: meta.policyVersion,
          purposes,
          ledger,
        },
        { now: clock.now, newId: clock.newId, deviceId: meta.deviceId },
      )
      return result.ok
        ? { ok: true, events: result.value }
        : { ok: false, code: result.error.code, purposeIds: result.error.purposeIds }
    },
    merge: mergeLedgers,
    compact: compactLedger,
  }
}
