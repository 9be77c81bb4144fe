/**
 * §10.3 and §1.6, §12.2: SMS codes, for a rights request's identity check and for the guardian's
 * consent. Its own table: both the rights and the choices subpackages call it, the main package
 * never does.
 */
import { r } from './route-def'
import * as verification from './verification'

export const verificationRoutes = {
  sendSmsCode: r({
    method: 'POST',
    path: '/v1/verification/sms',
    auth: 'user',
    summary: '§10.3 send a verification code',
    body: verification.sendCodeBody,
    response: verification.sendSmsResponse,
  }),
  verifySmsCode: r({
    method: 'POST',
    path: '/v1/verification/verify',
    auth: 'user',
    summary: '§10.3 check a verification code',
    body: verification.verifyBody,
    response: verification.verifyResponse,
  }),
} as const
