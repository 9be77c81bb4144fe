/** The consent gates of the member routes (§7.3): each feature's purpose, and a child's guardian. */
import { GUARDIAN_CONSENT_PURPOSE_ID } from '../../../src/domain/consent-rules'
import type { UserRow } from '../db/users'
import { deriveFor, isGranted, subjectUnder14 } from './consent-state'
import type { Ctx } from './context'
import { errors } from './errors'
import { fail, type Outcome } from './http'

/** 403 naming the missing purpose when its consent is not granted now. */
export function gate(ctx: Ctx, u: UserRow, purposeId: string): Outcome | undefined {
  return isGranted(deriveFor(ctx.ledger, u, ctx.clock()), purposeId)
    ? undefined
    : fail(errors.consentRequired(purposeId))
}

/**
 * §1.6, §12.2: a child's personal data waits for the guardian's separate consent; the app holds
 * it back too, the backend does not rely on that.
 */
export function guardianGate(ctx: Ctx, u: UserRow): Outcome | undefined {
  return subjectUnder14(u, ctx.clock()) ? gate(ctx, u, GUARDIAN_CONSENT_PURPOSE_ID) : undefined
}
