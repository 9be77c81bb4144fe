/**
 * The route table: every endpoint once, with its schemas. The server registers from it, the
 * client calls through it and GET /openapi.json is generated from it.
 */
import { z } from 'zod/mini'
import * as admin from './admin'
import * as auth from './auth'
import { errorBody, idParam, okBody } from './common'
import * as consents from './consents'
import * as member from './member'
import * as rights from './rights-requests'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'
export type RouteAuth = 'none' | 'user' | 'admin'

type Schema = z.ZodMiniType

export interface RouteDef {
  readonly method: HttpMethod
  readonly path: string
  readonly auth: RouteAuth
  readonly summary: string
  readonly params?: Schema
  readonly query?: Schema
  readonly body?: Schema
  readonly response: Schema
  /** HTTP status of success (default 200) */
  readonly status?: number
}

const healthResponse = z.object({ status: z.literal('ok'), time: z.int() })
const empty = z.object({})

const r = <const R extends RouteDef>(def: R): R => def

export const routes = {
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
    body: rights.sendSmsBody,
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

  getProfile: r({
    method: 'GET',
    path: '/v1/me/profile',
    auth: 'user',
    summary: 'Profile',
    response: member.profileDto,
  }),
  updateProfile: r({
    method: 'PUT',
    path: '/v1/me/profile',
    auth: 'user',
    summary: 'Update profile',
    body: member.updateProfileBody,
    response: member.profileDto,
  }),
  exportMe: r({
    method: 'GET',
    path: '/v1/me/export',
    auth: 'user',
    summary: '§10.1(a) export all my data',
    response: member.exportDto,
  }),
  listPlates: r({
    method: 'GET',
    path: '/v1/me/plates',
    auth: 'user',
    summary: 'Licence plates',
    response: member.plateList,
  }),
  addPlate: r({
    method: 'POST',
    path: '/v1/me/plates',
    auth: 'user',
    summary: 'Add a plate (needs licence-plates consent)',
    body: member.addPlateBody,
    response: member.plateDto,
    status: 201,
  }),
  deletePlate: r({
    method: 'DELETE',
    path: '/v1/me/plates/:id',
    auth: 'user',
    summary: 'Remove a plate',
    params: idParam,
    response: okBody,
  }),
  listReceipts: r({
    method: 'GET',
    path: '/v1/me/receipts',
    auth: 'user',
    summary: 'Receipts',
    response: member.receiptList,
  }),
  uploadReceipt: r({
    method: 'POST',
    path: '/v1/me/receipts',
    auth: 'user',
    summary: 'Upload a receipt for points (needs receipt-photos consent)',
    body: member.uploadReceiptBody,
    response: member.receiptDto,
    status: 201,
  }),
  getReceipt: r({
    method: 'GET',
    path: '/v1/me/receipts/:id',
    auth: 'user',
    summary: 'One receipt',
    params: idParam,
    response: member.receiptDto,
  }),
  getPoints: r({
    method: 'GET',
    path: '/v1/me/points',
    auth: 'user',
    summary: 'Points balance and history',
    response: member.pointsDto,
  }),
  redeemPoints: r({
    method: 'POST',
    path: '/v1/me/points/redemptions',
    auth: 'user',
    summary: 'Redeem points (idempotent)',
    body: member.redeemBody,
    response: member.redemptionDto,
  }),

  unsubscribeGet: r({
    method: 'GET',
    path: '/v1/unsubscribe',
    auth: 'none',
    summary: '§3.4(b) one-click unsubscribe link',
    query: admin.unsubscribeQuery,
    response: admin.unsubscribeResponse,
  }),
  unsubscribePost: r({
    method: 'POST',
    path: '/v1/unsubscribe',
    auth: 'none',
    summary: '§3.4(b) RFC 8058 one-click unsubscribe',
    body: admin.unsubscribeBody,
    response: admin.unsubscribeResponse,
  }),
  smsInbound: r({
    method: 'POST',
    path: '/v1/webhooks/sms-inbound',
    auth: 'admin',
    summary: '§3.4(a) inbound SMS (TD / 退订)',
    body: admin.smsInboundBody,
    response: admin.smsInboundResponse,
  }),

  adminAudience: r({
    method: 'GET',
    path: '/v1/admin/marketing/audience',
    auth: 'admin',
    summary: 'Who may receive marketing on a channel',
    query: admin.audienceQuery,
    response: admin.audienceResponse,
  }),
  adminUnsubscribeToken: r({
    method: 'POST',
    path: '/v1/admin/unsubscribe-tokens',
    auth: 'admin',
    summary: '§3.4(b) sign an unsubscribe link',
    body: admin.issueUnsubscribeTokenBody,
    response: admin.unsubscribeTokenResponse,
  }),
  adminCallCentreOptOut: r({
    method: 'POST',
    path: '/v1/admin/opt-outs/call-centre',
    auth: 'admin',
    summary: '§3.4(d) opt-out said on a marketing call',
    body: admin.adminOptOutBody,
    response: admin.adminOptOutResponse,
  }),
  adminDpoOptOut: r({
    method: 'POST',
    path: '/v1/admin/opt-outs/dpo',
    auth: 'admin',
    summary: '§3.4(e), §10.2 opt-out received by the DPO',
    body: admin.adminOptOutBody,
    response: admin.adminOptOutResponse,
  }),
  adminListRightsRequests: r({
    method: 'GET',
    path: '/v1/admin/rights-requests',
    auth: 'admin',
    summary: 'All rights requests',
    response: rights.rightsRequestList,
  }),
  adminAdvanceRightsRequest: r({
    method: 'POST',
    path: '/v1/admin/rights-requests/:id/advance',
    auth: 'admin',
    summary: 'verified -> in-progress',
    params: idParam,
    body: rights.adminAdvanceBody,
    response: rights.rightsRequestDto,
  }),
  adminCompleteRightsRequest: r({
    method: 'POST',
    path: '/v1/admin/rights-requests/:id/complete',
    auth: 'admin',
    summary: 'Complete, attaching the result',
    params: idParam,
    body: rights.adminCompleteBody,
    response: rights.rightsRequestDto,
  }),
  adminRejectRightsRequest: r({
    method: 'POST',
    path: '/v1/admin/rights-requests/:id/reject',
    auth: 'admin',
    summary: '§10.4 reject with a reason',
    params: idParam,
    body: rights.adminRejectBody,
    response: rights.rightsRequestDto,
  }),
  adminVerifyLedger: r({
    method: 'POST',
    path: '/v1/admin/ledger/verify',
    auth: 'admin',
    summary: 'Verify every hash chain',
    body: empty,
    response: admin.verifyLedgerResponse,
  }),
} as const satisfies Record<string, RouteDef>

export type Routes = typeof routes
export type RouteName = keyof Routes

export { errorBody }
