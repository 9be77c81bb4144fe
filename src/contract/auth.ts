/** §2.1(b), BF.wechat-mini-program: login as WeChat does it (code -> session). */
import { z } from 'zod/mini'
import { epochMs } from './common'

export const loginBody = z.object({ code: z.string().check(z.minLength(1), z.maxLength(256)) })
export type LoginBody = z.infer<typeof loginBody>

/** The service's own opaque session: no session_key and no openid ever reach the client. */
export const loginResponse = z.object({
  token: z.string(),
  expiresAt: epochMs,
  userId: z.string(),
  isNewUser: z.boolean(),
})
export type LoginResponse = z.infer<typeof loginResponse>

// The mock login code's format is plain (no schema): the H5 app builds it at start without
// loading the contract's schemas (notice LCP budget, bench/index.ts).
export { mockLoginCode } from './mock-login-code'
