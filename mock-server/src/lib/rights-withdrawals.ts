/**
 * §3.4, §10.1(b), §10.1(d), §9.3(b): the consents a rights request made for oneself withdraws.
 * They are withdrawn when the request is submitted, as the consent center would at once: never
 * after the identity check or the staff's completion, and never undone by a rejection or a
 * cancel. Completion withdraws again what was granted since; the result lists both.
 */
import { PERSONALISED_PUSH_PURPOSE_ID } from '../../../src/domain/marketing'
import type { DeletedData } from '../../../src/contract/consents'
import type { UserRow } from '../db/users'
import { withdrawPurposes } from './consent-writes'
import type { Ctx } from './context'

/** The purposes a request withdraws; none for a request made for someone else (§12.3). */
export function withdrawalsAsked(
  type: string,
  onBehalfOf: string,
  details: Readonly<Record<string, unknown>>,
): string[] {
  if (onBehalfOf !== 'self') return []
  const purposeIds = Array.isArray(details['purposeIds'])
    ? details['purposeIds'].filter((p): p is string => typeof p === 'string')
    : []
  switch (type) {
    case 'withdraw-consent':
    case 'restrict-reject':
      return purposeIds
    case 'automated-decision':
      // §9.3(b): refusing decisions made by automated means alone stops personalised push.
      return details['want'] === 'explain' ? [] : [PERSONALISED_PUSH_PURPOSE_ID]
    default:
      return []
  }
}

/** Withdraws `ids` (those not withdrawn yet); answers them merged with an earlier result. */
export function withdrawForRequest(
  ctx: Ctx,
  user: UserRow,
  ids: readonly string[],
  earlierResultJson: string | null = null,
): { withdrawn: string[]; deleted: DeletedData[] } {
  const before = (earlierResultJson ? JSON.parse(earlierResultJson) : {}) as {
    withdrawn?: string[]
    deleted?: DeletedData[]
  }
  const r = withdrawPurposes(ctx, user, ids, 'rights-request')
  return {
    withdrawn: [...new Set([...(before.withdrawn ?? []), ...r.withdrawn])],
    deleted: [...(before.deleted ?? []), ...r.deleted],
  }
}
