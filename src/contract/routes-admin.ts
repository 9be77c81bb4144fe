/** §3.4 opt-out paths (links, SMS replies, call-centre, DPO) and the admin side of §10. */
import { z } from 'zod/mini'
import * as admin from './admin'
import { idParam } from './common'
import * as policy from './policy'
import * as member from './member'
import * as rights from './rights-requests'
import { r } from './route-def'
import { unsubscribeRoutes } from './routes-unsubscribe'

const empty = z.object({})

export const adminRoutes = {
  ...unsubscribeRoutes,
  unsubscribeGet: r({
    method: 'GET',
    path: '/v1/unsubscribe',
    auth: 'none',
    summary:
      '§3.4(b) what the link would stop (no side effect: scanners prefetch links); the tap POSTs',
    query: admin.unsubscribeQuery,
    response: admin.unsubscribePreviewResponse,
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
  adminGetRightsRequest: r({
    method: 'GET',
    path: '/v1/admin/rights-requests/:id',
    auth: 'admin',
    summary:
      'One rights request, any member; its photos listed (id, kind, type, size, uploaded at)',
    params: idParam,
    response: rights.rightsRequestDto,
  }),
  adminGetRightsAttachment: r({
    method: 'GET',
    path: '/v1/admin/rights-requests/:id/attachments/:attachmentId',
    auth: 'admin',
    summary: '§10.1 one evidence / proof-of-relationship photo of a request, bytes as base64',
    params: rights.attachmentParams,
    response: rights.adminAttachmentResponse,
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
  adminPublishPolicy: r({
    method: 'POST',
    path: '/v1/admin/policy-versions',
    auth: 'admin',
    summary: '§14.1 publish a new policy version (paragraphs changed)',
    body: policy.publishPolicyBody,
    response: policy.policyResponse,
    status: 201,
  }),
  adminVerifyLedger: r({
    method: 'POST',
    path: '/v1/admin/ledger/verify',
    auth: 'admin',
    summary: 'Verify every hash chain',
    body: empty,
    response: admin.verifyLedgerResponse,
  }),
  adminListReceipts: r({
    method: 'GET',
    path: '/v1/admin/receipts',
    auth: 'admin',
    summary: 'Receipts to review (§2.1(c))',
    query: member.adminReceiptsQuery,
    response: member.adminReceiptList,
  }),
  adminReviewReceipt: r({
    method: 'POST',
    path: '/v1/admin/receipts/:id/review',
    auth: 'admin',
    summary: 'Approve (points credited) or reject a pending receipt',
    params: idParam,
    body: member.reviewReceiptBody,
    response: member.adminReceiptDto,
  }),
} as const
