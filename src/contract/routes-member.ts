/** Member data behind consent gates: profile, export (§10.1(a)), plates, receipts, points. */
import { idParam, okBody } from './common'
import * as member from './member'
import * as profile from './profile'
import { r } from './route-def'
import { profileRoutes } from './routes-profile'

export const memberRoutes = {
  ...profileRoutes,
  bindPhone: r({
    method: 'POST',
    path: '/v1/me/phone',
    auth: 'user',
    summary: "Bind the phone WeChat verified (the getPhoneNumber button's code)",
    body: member.bindPhoneBody,
    response: profile.profileDto,
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
    summary: 'Upload a receipt for review (needs receipt-photos consent; idempotent by uploadKey)',
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
} as const
