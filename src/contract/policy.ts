/**
 * §14.1: the policy version the backend holds, so a change published after an app build still
 * asks for re-consent (GET /v1/policy, no login: the notice is public), and the admin route
 * that publishes a new version in the mock.
 */
import { z } from 'zod/mini'
import { epochMs, shortText } from './common'

/** A paragraph id as the policy cites it: "3.4", "10.1", "BF.mall-wifi". */
export const paragraphId = z
  .string()
  .check(z.minLength(3), z.maxLength(64), z.regex(/^(\d{1,2}\.\d{1,2}|BF\.[a-z0-9-]+)$/))

export const publishedPolicyVersion = z.object({
  version: shortText(64),
  publishedAt: epochMs,
  /** Changed against the version before it in `history`. */
  changedParagraphs: z.array(paragraphId),
})
export type PublishedPolicyVersionDto = z.infer<typeof publishedPolicyVersion>

export const policyResponse = z.object({
  /** The version in force on the backend. */
  version: z.string(),
  publishedAt: epochMs,
  /** Paragraphs changed against the previous version. */
  changedParagraphs: z.array(paragraphId),
  /** Every version, oldest first; the last one is `version`. */
  history: z.array(publishedPolicyVersion).check(z.minLength(1)),
})
export type PolicyResponse = z.infer<typeof policyResponse>

export const publishPolicyBody = z.object({
  version: shortText(64).check(z.regex(/^[A-Za-z0-9_.:+-]+$/)),
  changedParagraphs: z.array(paragraphId).check(z.minLength(1), z.maxLength(200)),
})
export type PublishPolicyBody = z.infer<typeof publishPolicyBody>
