/**
 * §10.3, §1.6, §12.2: who an SMS code goes to, and what it proves. By default ('rights-request')
 * the member's verified phone, identity for a rights request (a member with none: the number
 * they typed, which the code then verifies); 'phone' the number the member typed, to make it
 * theirs (§3.1(b)); 'guardian' the guardian's phone, given in the body, which never becomes
 * the member's phone.
 */
import { z } from 'zod/mini'
import { epochMs, shortText } from './common'

export const smsCodePurposes = ['rights-request', 'phone', 'guardian'] as const
/** A code proves only what it was sent for (the backend keeps the purpose with the code). */
export type SmsCodePurpose = (typeof smsCodePurposes)[number]

export const sendCodeBody = z
  .object({
    purpose: z.optional(z.enum(smsCodePurposes)),
    /** The guardian's mobile (11 digits), only with purpose 'guardian'. */
    phone: z.optional(z.string().check(z.regex(/^1[3-9]\d{9}$/))),
  })
  .check(
    z.refine((b) => (b.purpose === 'guardian') === (b.phone !== undefined), {
      message: "phone is required with purpose 'guardian' and only then",
      path: ['phone'],
    }),
  )
export type SendCodeBody = z.infer<typeof sendCodeBody>

/** Kept apart from the rights requests: the guardian flow (§1.6) uses these without §10's schemas. */
export const sendSmsResponse = z.object({
  verificationId: z.string(),
  maskedPhone: z.string(),
  expiresAt: epochMs,
})
export const verifyBody = z.object({
  verificationId: shortText(64),
  code: z.string().check(z.regex(/^\d{6}$/)),
})
export const verifyResponse = z.object({ verificationToken: z.string(), expiresAt: epochMs })
