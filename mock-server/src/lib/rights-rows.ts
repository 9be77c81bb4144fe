/** Rights requests as stored rows <-> the contract's DTO. */
import type { RightsRequestDto } from '../../../src/contract/rights-requests'
import { dueDateFields, type RightsRequestState } from '../../../src/domain/rights-request'
import type { Db } from '../db/open'

export interface RightsRow {
  id: string
  user_id: string
  type: string
  on_behalf_of: string
  subject_json: string | null
  details_json: string
  status: string
  history_json: string
  submitted_at: number
  verified_at: number | null
  due_date: string | null
  rejection_json: string | null
  result_json: string | null
  idempotency_key?: string | null
  body_hash?: string | null
  /** Present when read through RIGHTS_SELECT: the photos kept with the request. */
  attachments_json?: string | null
}

/** Rows with their attachments' metadata (never the bytes). */
export const RIGHTS_SELECT = `SELECT rights_requests.*, (
  SELECT json_group_array(json_object('id', a.id, 'kind', a.kind, 'mimeType', a.mime_type, 'sizeBytes', a.size_bytes, 'uploadedAt', a.created_at))
  FROM rights_attachments a WHERE a.request_id = rights_requests.id
) AS attachments_json FROM rights_requests`

export function rightsRequestDtoOf(r: RightsRow): RightsRequestDto {
  return {
    id: r.id,
    type: r.type as RightsRequestDto['type'],
    onBehalfOf: r.on_behalf_of as RightsRequestDto['onBehalfOf'],
    ...(r.subject_json ? { subject: JSON.parse(r.subject_json) as Record<string, string> } : {}),
    details: JSON.parse(r.details_json) as Record<string, unknown>,
    status: r.status as RightsRequestDto['status'],
    history: JSON.parse(r.history_json) as RightsRequestDto['history'],
    submittedAt: r.submitted_at,
    ...(r.verified_at !== null ? { verifiedAt: r.verified_at } : {}),
    // The due date follows from the verification instant and the holiday table (§10.3), so it
    // is derived at each read: an estimate made before a year's arrangement was published
    // becomes exact once the table has that year, as the answer promised.
    ...(r.verified_at !== null ? dueDateFields(r.verified_at) : {}),
    ...(r.rejection_json
      ? { rejection: JSON.parse(r.rejection_json) as RightsRequestDto['rejection'] }
      : {}),
    ...(r.result_json ? { result: JSON.parse(r.result_json) as unknown } : {}),
    ...attachmentsOf(r),
  }
}

function attachmentsOf(r: RightsRow): Pick<RightsRequestDto, 'attachments'> {
  const list = r.attachments_json
    ? (JSON.parse(r.attachments_json) as NonNullable<RightsRequestDto['attachments']>)
    : []
  return list.length ? { attachments: list } : {}
}

export function stateOf(r: RightsRow): RightsRequestState {
  const dto = rightsRequestDtoOf(r)
  return {
    status: dto.status,
    history: dto.history,
    ...(dto.verifiedAt !== undefined ? { verifiedAt: dto.verifiedAt } : {}),
    ...(dto.dueDate ? { dueDate: dto.dueDate } : {}),
    ...(dto.dueDateEstimated ? { dueDateEstimated: true } : {}),
    ...(dto.rejection ? { rejection: dto.rejection } : {}),
  }
}

export function getRightsRow(db: Db, id: string, userId?: string): RightsRow | undefined {
  return userId === undefined
    ? db.prepare<[string], RightsRow>(`${RIGHTS_SELECT} WHERE id = ?`).get(id)
    : db
        .prepare<[string, string], RightsRow>(`${RIGHTS_SELECT} WHERE id = ? AND user_id = ?`)
        .get(id, userId)
}

export function saveState(db: Db, id: string, s: RightsRequestState, result?: unknown): void {
  db.prepare(
    `UPDATE rights_requests SET status = ?, history_json = ?, verified_at = ?, due_date = ?, rejection_json = ?,
     result_json = COALESCE(?, result_json) WHERE id = ?`,
  ).run(
    s.status,
    JSON.stringify(s.history),
    s.verifiedAt ?? null,
    s.dueDate ?? null,
    s.rejection ? JSON.stringify(s.rejection) : null,
    result === undefined ? null : JSON.stringify(result),
    id,
  )
}
