/**
 * Health, login, policy and consents (§1.5, §3, §14): what the main package calls. Verification
 * (routes-verification.ts) and rights requests (routes-rights.ts) load with their subpackages.
 */
import { z } from 'zod/mini'
import * as auth from './auth'
import { okBody } from './common'
import * as consents from './consents'
import * as policy from './policy'
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
} as const
