/** §10 rights requests: called from the rights subpackage only (kept out of the main package). */
import { idParam } from './common'
import { r } from './route-def'
import * as rights from './rights-requests'

export const rightsRoutes = {
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
