/**
 * §3.5 service notices: the member's answer to WeChat's subscribe dialog (called from the rights
 * and member subpackages) and, for staff and tests, the notices recorded.
 */
import { r } from './route-def'
import * as notices from './service-notices'

export const serviceNoticeRoutes = {
  recordServiceNoticeAnswer: r({
    method: 'POST',
    path: '/v1/me/service-notices/subscriptions',
    auth: 'user',
    summary:
      "§3.5 the member's answer to WeChat's subscribe dialog for one service-notice template (one acceptance, one message)",
    body: notices.recordSubscriptionBody,
    response: notices.subscriptionDto,
    status: 201,
  }),
} as const

export const serviceNoticeAdminRoutes = {
  adminListServiceNotices: r({
    method: 'GET',
    path: '/v1/admin/service-notices',
    auth: 'admin',
    summary: '§3.5 the service notices recorded (what would go to subscribeMessage.send)',
    query: notices.adminServiceNoticesQuery,
    response: notices.serviceNoticeList,
  }),
} as const
