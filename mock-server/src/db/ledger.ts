/**
 * The consent ledger: append-only and hash-chained per user (each entry carries the previous
 * entry's hash), idempotent by client event id. §1.5: consent must be provable.
 */
import type { ConsentEvent } from '../../../src/domain/consent-event'
import type { LedgerEntry } from '../../../src/contract/consents'
import { canonicalJson, sha256 } from '../lib/crypto'
import type { Db } from './open'

export const GENESIS_HASH = '0'.repeat(64)
/** Event times later than server time + 5 minutes are clamped to server time. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000

interface Row {
  user_id: string
  seq: number
  event_id: string
  purpose_id: string
  action: string
  policy_version: string
  at: number
  client_at: number | null
  source: string
  device_id: string
  actor: string
  bulk: number
  /** §12.2: masked; null unless a guardian's event carried it (migration step 5). */
  guardian_phone: string | null
  received_at: number
  content_hash: string
  prev_hash: string
  hash: string
}

/** The content the client sent: what idempotency compares. */
export const contentHash = (e: ConsentEvent): string =>
  sha256(
    canonicalJson({
      eventId: e.eventId,
      purposeId: e.purposeId,
      action: e.action,
      policyVersion: e.policyVersion,
      at: e.at,
      source: e.source,
      deviceId: e.deviceId,
      actor: e.actor,
      bulk: e.bulk,
      ...(e.guardianPhone !== undefined ? { guardianPhone: e.guardianPhone } : {}),
    }),
  )

/** The chained hash covers the user, the position, the stored event and the previous hash. */
export function entryHash(r: Omit<Row, 'hash'>): string {
  // Without a guardian's phone the entry hashes as it did before the column existed, so
  // chains written earlier still verify.
  const { guardian_phone, ...rest } = r
  const content = guardian_phone === null || guardian_phone === undefined ? rest : r
  return sha256(`${r.prev_hash}\n${canonicalJson(content)}`)
}

export const toEntry = (r: Row): LedgerEntry => ({
  eventId: r.event_id,
  purposeId: r.purpose_id,
  action: r.action as LedgerEntry['action'],
  policyVersion: r.policy_version,
  at: r.at,
  source: r.source as LedgerEntry['source'],
  deviceId: r.device_id,
  actor: r.actor as LedgerEntry['actor'],
  bulk: r.bulk === 1,
  ...(r.guardian_phone !== null && r.guardian_phone !== undefined
    ? { guardianPhone: r.guardian_phone }
    : {}),
  seq: r.seq,
  receivedAt: r.received_at,
  ...(r.client_at !== null ? { clientAt: r.client_at } : {}),
  prevHash: r.prev_hash,
  hash: r.hash,
})

export const toEvent = (e: LedgerEntry): ConsentEvent => ({
  eventId: e.eventId,
  purposeId: e.purposeId,
  action: e.action,
  policyVersion: e.policyVersion,
  at: e.at,
  source: e.source,
  deviceId: e.deviceId,
  actor: e.actor,
  bulk: e.bulk,
  ...(e.guardianPhone !== undefined ? { guardianPhone: e.guardianPhone } : {}),
})

export type AppendOutcome =
  | {
      readonly kind: 'stored' | 'duplicate'
      readonly entry: LedgerEntry
      readonly clamped: boolean
    }
  | { readonly kind: 'conflict'; readonly eventId: string }

export function createLedgerStore(db: Db) {
  const byEventId = db.prepare<[string], Row>('SELECT * FROM consent_events WHERE event_id = ?')
  const head = db.prepare<[string], { seq: number; hash: string }>(
    'SELECT seq, hash FROM consent_events WHERE user_id = ? ORDER BY seq DESC LIMIT 1',
  )
  const insert = db.prepare(
    `INSERT INTO consent_events (user_id, seq, event_id, purpose_id, action, policy_version, at, client_at,
      source, device_id, actor, bulk, guardian_phone, received_at, content_hash, prev_hash, hash)
     VALUES (@user_id, @seq, @event_id, @purpose_id, @action, @policy_version, @at, @client_at,
      @source, @device_id, @actor, @bulk, @guardian_phone, @received_at, @content_hash, @prev_hash,
      @hash)`,
  )
  const forUser = db.prepare<[string], Row>(
    'SELECT * FROM consent_events WHERE user_id = ? ORDER BY seq',
  )

  // Each member's entries, kept in memory after the first read so deriving state does not
  // re-read the whole chain on every write. Callers forget() a member whose transaction
  // rolled back or who was erased.
  const cache = new Map<string, LedgerEntry[]>()

  /** Appends one event (call inside a transaction when appending several). */
  function append(userId: string, e: ConsentEvent, now: number): AppendOutcome {
    const ch = contentHash(e)
    const existing = byEventId.get(e.eventId)
    if (existing) {
      // Same id, same content, same user: answered the same; anything else is a conflict.
      if (existing.content_hash !== ch || existing.user_id !== userId) {
        return { kind: 'conflict', eventId: e.eventId }
      }
      return { kind: 'duplicate', entry: toEntry(existing), clamped: existing.client_at !== null }
    }
    const clamped = e.at > now + MAX_CLOCK_SKEW_MS
    const h = head.get(userId)
    const base: Omit<Row, 'hash'> = {
      user_id: userId,
      seq: (h?.seq ?? 0) + 1,
      event_id: e.eventId,
      purpose_id: e.purposeId,
      action: e.action,
      policy_version: e.policyVersion,
      at: clamped ? now : e.at,
      client_at: clamped ? e.at : null,
      source: e.source,
      device_id: e.deviceId,
      actor: e.actor,
      bulk: e.bulk ? 1 : 0,
      guardian_phone: e.actor === 'guardian' ? (e.guardianPhone ?? null) : null,
      received_at: now,
      content_hash: ch,
      prev_hash: h?.hash ?? GENESIS_HASH,
    }
    const row: Row = { ...base, hash: entryHash(base) }
    insert.run(row)
    const entry = toEntry(row)
    cache.get(userId)?.push(entry)
    return { kind: 'stored', entry, clamped }
  }

  function entries(userId: string): LedgerEntry[] {
    let list = cache.get(userId)
    if (!list) {
      list = forUser.all(userId).map(toEntry)
      if (cache.size > 10_000) cache.clear() // bounded memory
      cache.set(userId, list)
    }
    return [...list]
  }

  function forget(userId: string): void {
    cache.delete(userId)
  }

  function forgetAll(): void {
    cache.clear()
  }

  function headOf(userId: string): { seq: number; hash: string } {
    return head.get(userId) ?? { seq: 0, hash: GENESIS_HASH }
  }

  return { append, entries, forget, forgetAll, headOf }
}
export type LedgerStore = ReturnType<typeof createLedgerStore>

export interface ChainBreak {
  readonly userId: string
  readonly seq: number
  readonly reason: string
}

/** Verifies every user's chain: contiguous seq, each prev_hash links, each hash recomputes. */
export function verifyAllChains(db: Db): { users: number; entries: number; broken: ChainBreak[] } {
  const broken: ChainBreak[] = []
  let users = 0
  let entries = 0
  let current = ''
  let expectSeq = 1
  let prev = GENESIS_HASH
  for (const r of db
    .prepare<[], Row>('SELECT * FROM consent_events ORDER BY user_id, seq')
    .iterate()) {
    if (r.user_id !== current) {
      current = r.user_id
      users += 1
      expectSeq = 1
      prev = GENESIS_HASH
    }
    entries += 1
    if (r.seq !== expectSeq)
      broken.push({ userId: r.user_id, seq: r.seq, reason: `expected seq ${expectSeq}` })
    if (r.prev_hash !== prev)
      broken.push({ userId: r.user_id, seq: r.seq, reason: 'prev_hash does not link' })
    const { hash, ...base } = r
    if (entryHash(base) !== hash)
      broken.push({ userId: r.user_id, seq: r.seq, reason: 'hash does not recompute' })
    prev = r.hash
    expectSeq = r.seq + 1
  }
  return { users, entries, broken }
}
