/**
 * Building blocks of the API contract shared by the app's client and the mock backend.
 * zod/mini keeps the app's main package small; the server and the OpenAPI generator accept
 * the same schemas.
 */
import { z } from 'zod/mini'

export const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() })

/** Every error the API answers: a stable code and a message in both languages. */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: bilingual,
    details: z.optional(z.unknown()),
  }),
})
export type ErrorBody = z.infer<typeof errorBody>

/** Opaque ids (uuid-like); the server never accepts anything odd as an id. */
export const idParam = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/)),
})

/** Client-generated idempotency keys (consent event ids, redemption ids). */
export const clientKey = z
  .string()
  .check(z.minLength(8), z.maxLength(128), z.regex(/^[A-Za-z0-9_.:-]+$/))

export const epochMs = z.int().check(z.minimum(0), z.maximum(8_640_000_000_000_000))

export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))

/**
 * Control characters (tab, CR and LF allowed), bidi overrides that disguise text, and lone
 * surrogates: odd unicode is rejected at the edge.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const ODD =
  /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069\ud800-\udfff]*$/u
/* eslint-enable no-control-regex */

/** Short free text without odd unicode. */
export const shortText = (max: number) =>
  z.string().check(z.minLength(1), z.maxLength(max), z.regex(ODD))

export const okBody = z.object({ ok: z.literal(true) })
