/**
 * The member's profile. Apart from ./member: the sync engine (main package) sends the date of
 * birth (§1.6, §12.2) through updateProfile without the member subpackage's schemas.
 */
import { z } from 'zod/mini'
import { epochMs, isoDate, shortText } from './common'

export const profileDto = z.object({
  userId: z.string(),
  nickname: z.optional(z.string()),
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
  birthDate: z.optional(isoDate),
  createdAt: epochMs,
})
export type ProfileDto = z.infer<typeof profileDto>

/**
 * Fields are optional; null clears one. Phone and email are validated by the shared validators.
 * A typed `phone` is not the member's phone: it waits until an SMS code sent to it is verified
 * (POST /v1/verification/verify). The member's phone is only a verified one (§3.1(b)).
 */
export const updateProfileBody = z.object({
  nickname: z.optional(z.nullable(shortText(64))),
  phone: z.optional(z.nullable(shortText(32))),
  email: z.optional(z.nullable(shortText(254))),
  birthDate: z.optional(z.nullable(isoDate)),
})
