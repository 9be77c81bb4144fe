/** Health, login, consents (§1.5, §3, §14) and rights requests with verification (§10). */
import { z } from 'zod/mini'
import * as auth from './auth'
import { idParam, okBody } from './common'
import * as consents from './consents'
import * as policy from './policy'
import * as rights from './rights-requests'
import * as verification from './verification'
import { r } from './route-def'

const healthResponse = z.object({ status: z.literal('ok'), time: z.int() })

export const coreRoutes = {
  health: r({
    method: 'GET',
    path: '/healthz',
    auth: 'none',
    summary: 'Liveness',
    response: healthResponse,
  }),
  login: r({
    method: 'POST',
    path: '/v1/auth/login',
    auth: 'none',
    summary: 'Mock code2Session login',
    body: auth.loginBody,
    response: auth.loginResponse,
  }),
  logout: r({
    method: 'POST',
    path: '/v1/auth/logout',
    auth: 'user',
    summary: 'End the session',
    response: okBody,
  }),
  getPolicy: r({
    method: 'GET',
    path: '/v1/policy',
    auth: 'none',
    summary: '§14.1 the policy version in force and what changed',
    response: policy.policyResponse,
  }),
  getConsents: r({
    method: 'GET',
    path: '/v1/consents',
    auth: 'user',
    summary: 'Derived state and ledger',
    response: consents.consentsResponse,
  }),
  postConsentEvents: r({
    method: 'POST',
    path: '/v1/consents/events',
    auth: 'user',
    summary: 'Append consent events (idempotent)',
    body: consents.postConsentEventsBody,
    response: consents.postConsentEventsResponse,
  }),
  getConsentReceipts: r({
    method: 'GET',
    path: '/v1/consents/receipts',
    auth: 'user',
    summary: 'Consent receipts (Kantara / ISO/IEC TS 27560)',
    response: consents.consentReceiptsResponse,
  }),
  sendSmsCode: r({
    method: 'POST',
    path: '/v1/verification/sms',
    auth: 'user',
    summary: '§10.3 send a verification code',
    body: verification.sendCodeBody,
    response: rights.sendSmsResponse,
  }),
  verifySmsCode: r({
    method: 'POST',
    path: '/v1/verification/verify',
    auth: 'user',
    summary: '§10.3 check a verification code',
    body: rights.verifyBody,
    response: rights.verifyResponse,
  }),
  createRightsRequest: r({
    method: 'POST',
    path: '/v1/rights-requests',
    auth: 'user',
    summary: '§10.1 submit a rights request',
    body: rights.createRightsRequestBody,
    response: rights.rightsRequestDto,
    status: 201,
  }),
  listRightsRequests: r({
    method: 'GET',
    path: '/v1/rights-requests',
    auth: 'user',
    summary: 'My rights requests',
    response: rights.rightsRequestList,
  }),
  getRightsRequest: r({
    method: 'GET',
    path: '/v1/rights-requests/:id',
    auth: 'user',
    summary: 'One rights request',
    params: idParam,
    response: rights.rightsRequestDto,
  }),
  verifyRightsRequest: r({
    method: 'POST',
    path: '/v1/rights-requests/:id/verify',
    auth: 'user',
    summary: '§10.3 attach identity verification',
    params: idParam,
    body: rights.verifyRightsRequestBody,
    response: rights.rightsRequestDto,
  }),
  cancelRightsRequest: r({
    method: 'POST',
    path: '/v1/rights-requests/:id/cancel',
    auth: 'user',
    summary: 'Cancel an open request',
    params: idParam,
    response: rights.rightsRequestDto,
  }),
} as const
