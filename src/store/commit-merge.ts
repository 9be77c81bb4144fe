/**
 * Two instances of the app on one storage (two H5 tabs; WeChat runs one): each holds its own
 * store, so a commit may find that another instance committed since this one last read or wrote.
 * Replacing that commit would drop what the other instance recorded, a withdrawal among it
 * (§3.4: a withdrawal is never lost). So the writer merges:
 * - the ledger is a set of events: the union (mergeLedgers); state is derived from the events,
 *   so a newer withdrawal still wins over an older grant whichever tab holds it;
 * - the outbox: an event pending in either stays pending unless either knows it acknowledged
 *   (held in its ledger but not pending, or compacted away since the base); sending is
 *   idempotent by event id, so a doubt resends;
 * - any other field: the value this instance changed since its base, else theirs.
 * §10.1(c): the device id changes only when the device is wiped (resetAll). A commit under
 * another device id than the base means the other instance wiped: this one's stale state is
 * dropped, never merged back; a wipe made here is written as it is.
 */
import { mergeLedgers } from '../domain/ledger'
import { compactLedger } from '../domain/outbox'
import { pickPersisted, type PersistedState, sanitizePersisted } from './persistence'

export interface CommitMerge {
  /** What this instance holds now, and whether it differs from theirs and must be written. */
  readonly state: PersistedState
  readonly write: boolean
  /** §10.1(c): the other instance wiped the device; this one starts again from its state. */
  readonly wiped?: boolean
}

/**
 * `theirs` and `base` are raw stored states (sanitised here); `base` is null when this
 * instance has neither read nor written a commit (a first start beside another tab). `fresh`
 * is the store's initial state: what a missing field means.
 */
export function mergeCommits(
  theirs: unknown,
  mine: PersistedState,
  base: unknown,
  fresh: PersistedState,
): CommitMerge {
  const { state: t, corrupted } = sanitizePersisted(theirs)
  const b = base == null ? null : { ...fresh, ...sanitizePersisted(base).state }
  // Nothing readable there, or a wipe made here since the base: this commit stands.
  if (t.deviceId === undefined || (b && mine.deviceId !== b.deviceId)) {
    return { state: mine, write: true }
  }
  const their = pickPersisted({ ...fresh, ...t, deviceId: t.deviceId })
  if (b && their.deviceId !== b.deviceId) return { state: their, write: false, wiped: true }

  const from = b ?? fresh
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(mine)) {
    const changedHere = JSON.stringify(value) !== JSON.stringify(from[key as keyof PersistedState])
    out[key] = changedHere ? value : their[key as keyof PersistedState]
  }
  // The first commit's device id stays: a start beside another tab joins its state.
  out.deviceId = their.deviceId
  // Only compaction removes an event, and only an acknowledged one: an event of the base gone
  // from a ledger was acknowledged there (not to be trusted from a damaged commit).
  const gone = (s: PersistedState) => {
    const held = new Set(s.ledger.map((e) => e.eventId))
    return b && !corrupted ? b.ledger.map((e) => e.eventId).filter((id) => !held.has(id)) : []
  }
  const acked = new Set([...ackedIds(their), ...ackedIds(mine), ...gone(their), ...gone(mine)])
  const unsynced = [...new Set([...their.unsynced, ...mine.unsynced])].filter(
    (id) => !acked.has(id),
  )
  const ledger = compactLedger(mergeLedgers(their.ledger, mine.ledger), new Set(unsynced))
  const held = new Set(ledger.map((e) => e.eventId))
  out.ledger = ledger
  out.unsynced = unsynced.filter((id) => held.has(id))
  const state = pickPersisted(out as PersistedState)
  // Nothing to add: theirs stands as written (same order, so the next commit reads as equal).
  return sameState(state, their) ? { state: their, write: false } : { state, write: true }
}

/** Events held but not pending: the backend has them. */
function ackedIds(s: PersistedState): string[] {
  const pending = new Set(s.unsynced)
  return s.ledger.map((e) => e.eventId).filter((id) => !pending.has(id))
}

/** Equal up to the order of ledger events and pending ids. */
function sameState(a: PersistedState, b: PersistedState): boolean {
  const ids = (s: PersistedState) => s.ledger.map((e) => e.eventId).sort()
  const rest = (s: PersistedState) =>
    JSON.stringify({ ...s, ledger: ids(s), unsynced: [...s.unsynced].sort() })
  return rest(a) === rest(b)
}
