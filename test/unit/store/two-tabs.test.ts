/**
 * Two H5 tabs of the app: two stores on one storage. Each commit merges what the other tab
 * committed since (commit-merge.ts), and the other tab takes it in when told (the storage event;
 * the memory storage announces changes a microtask later, as the browser does).
 */
import { createMemoryStorage } from '../../../src/services/fakes/memory-storage'
import { persistKey } from '../../../src/store/persistence'
import { isGranted } from '../../../src/store/selectors'
import { buildTestStore } from '../../support/store'

type Tab = ReturnType<typeof buildTestStore>['store']

/** Lets the storage events reach the other tab. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

const choose = (tab: Tab, purposeId: string, action: 'grant' | 'withdraw') =>
  tab.getState().recordChoice({ purposeIds: [purposeId], action, source: 'consent-center' })

/** The app as it starts next time on this storage. */
const restart = (storage: ReturnType<typeof createMemoryStorage>) =>
  buildTestStore({ storage }).store.getState()

/** The events a choice recorded; a refused choice fails the test. */
function events(result: ReturnType<typeof choose>) {
  if (!result.ok) throw new Error(`choice refused: ${result.code}`)
  return result.events
}

const ids = (tab: Tab) => tab.getState().ledger.map((e) => e.eventId)

/** Two tabs opened on a device where the notice was agreed to and SMS marketing granted. */
async function twoTabs(clocks: { a?: () => number; b?: () => number } = {}) {
  const storage = createMemoryStorage()
  const setup = buildTestStore({ storage })
  setup.store.getState().decideNotice('accepted')
  choose(setup.store, 'marketing-sms', 'grant')
  setup.store.getState().acknowledge(setup.store.getState().unsynced)
  const a = buildTestStore({ storage, ...(clocks.a ? { now: clocks.a } : {}) })
  const b = buildTestStore({ storage, ...(clocks.b ? { now: clocks.b } : {}) })
  await settle()
  return { storage, a: a.store, b: b.store, reports: [...a.reports, ...b.reports] }
}

describe('two tabs on one storage (H5)', () => {
  it('§3.4 two tabs: a withdrawal in one tab survives a stale write from another', async () => {
    const { storage, a, b } = await twoTabs()
    expect(isGranted(b.getState(), 'marketing-sms')).toBe(true)
    // Tab A withdraws; tab B, before it hears of it, records something else and writes.
    const [withdrawal] = events(choose(a, 'marketing-sms', 'withdraw'))
    const [grant] = events(choose(b, 'marketing-email', 'grant'))

    // On the device: both choices, the withdrawal in force, both still to be sent.
    const next = restart(storage)
    expect(next.ledger.map((e) => e.eventId)).toEqual(
      expect.arrayContaining([withdrawal?.eventId, grant?.eventId]),
    )
    expect(isGranted(next, 'marketing-sms')).toBe(false)
    expect(isGranted(next, 'marketing-email')).toBe(true)
    expect(next.unsynced).toEqual(expect.arrayContaining([withdrawal?.eventId, grant?.eventId]))
    expect(next.storageIssue).toBeNull()
    // The writer took the withdrawal in at once; the other tab does when told.
    expect(isGranted(b.getState(), 'marketing-sms')).toBe(false)
    await settle()
    expect(isGranted(a.getState(), 'marketing-email')).toBe(true)
    expect(ids(a).sort()).toEqual(ids(b).sort())
  })

  it('§3.4 the other tab shows a withdrawal without a reload, and writes nothing for it', async () => {
    const { storage, a, b } = await twoTabs()
    const seen: boolean[] = []
    b.subscribe((s) => seen.push(isGranted(s, 'marketing-sms')))
    choose(a, 'marketing-sms', 'withdraw')
    const committed = storage.dump()[persistKey]
    await settle()
    expect(isGranted(b.getState(), 'marketing-sms')).toBe(false)
    expect(seen).toContain(false)
    expect(b.getState().unsynced).toEqual(a.getState().unsynced)
    // Tab B had nothing to add: the commit is still tab A's.
    expect(storage.dump()[persistKey]).toBe(committed)
  })

  it('§3.4 an older grant written by a stale tab never undoes the newer withdrawal', async () => {
    // Tab B's clock is behind: its grant is older than tab A's withdrawal.
    const { storage, a, b } = await twoTabs({
      a: () => Date.UTC(2026, 10, 24, 9),
      b: () => Date.UTC(2026, 10, 24, 8, 30),
    })
    choose(a, 'marketing-email', 'grant')
    choose(a, 'marketing-email', 'withdraw')
    // Tab B has not heard of either and grants email itself, earlier by its clock.
    expect(choose(b, 'marketing-email', 'grant').ok).toBe(true)
    expect(isGranted(restart(storage), 'marketing-email')).toBe(false)
    expect(isGranted(b.getState(), 'marketing-email')).toBe(false)
    await settle()
    expect(isGranted(a.getState(), 'marketing-email')).toBe(false)
  })

  it('§3.4 a withdrawal pending in one tab is sent by whichever tab syncs, and acknowledged in both', async () => {
    const { storage, a, b } = await twoTabs()
    // Tab A is offline: its withdrawal waits in its outbox.
    choose(a, 'marketing-sms', 'withdraw')
    const pending = a.getState().unsynced
    expect(pending).toHaveLength(1)
    choose(b, 'marketing-post', 'grant')
    // Tab B's outbox now holds tab A's withdrawal too: B's sync sends it.
    expect(b.getState().unsynced).toEqual(expect.arrayContaining(pending))
    b.getState().acknowledge(b.getState().unsynced)
    expect(restart(storage).unsynced).toEqual([])
    await settle()
    // Tab A learns the backend has it: nothing left to send there either.
    expect(a.getState().unsynced).toEqual([])
    expect(isGranted(a.getState(), 'marketing-sms')).toBe(false)
  })

  it('§3.4 an acknowledgement in one tab does not bring back an event the other sent: no resend loop', async () => {
    const { storage, a, b } = await twoTabs()
    choose(a, 'marketing-sms', 'withdraw')
    await settle()
    expect(b.getState().unsynced).toHaveLength(1)
    // Tab A syncs; tab B, not yet told, records another choice and writes.
    a.getState().acknowledge(a.getState().unsynced)
    const grant = events(choose(b, 'marketing-email', 'grant'))
    const next = restart(storage)
    expect(next.unsynced).toEqual(grant.map((e) => e.eventId))
    expect(isGranted(next, 'marketing-sms')).toBe(false)
  })

  it('§10.1(c) a device wiped in one tab is not brought back by the other tab’s stale write', async () => {
    const { storage, a, b } = await twoTabs()
    a.getState().resetAll()
    // Tab B still shows the old account and records a choice before it hears of the wipe.
    choose(b, 'marketing-email', 'grant')
    const next = restart(storage)
    expect(next.ledger).toEqual([])
    expect(next.notice).toBeNull()
    expect(next.deviceId).toBe(a.getState().deviceId)
    // Tab B starts again from the wiped state, as on first launch.
    expect(b.getState().ledger).toEqual([])
    expect(b.getState().notice).toBeNull()
    expect(b.getState().deviceId).toBe(a.getState().deviceId)
  })

  it('§10.1(c) the other tab returns to the first start when told of the wipe, and writes nothing back', async () => {
    const { storage, a, b } = await twoTabs()
    b.getState().setLang('en')
    await settle()
    a.getState().resetAll()
    const wiped = storage.dump()[persistKey]
    await settle()
    expect(b.getState().ledger).toEqual([])
    expect(b.getState().notice).toBeNull()
    expect(b.getState().session).toBeNull()
    expect(storage.dump()[persistKey]).toBe(wiped)
    // After the wipe both tabs start over together: a new answer in B reaches A.
    b.getState().decideNotice('accepted')
    await settle()
    expect(a.getState().notice?.decision).toBe('accepted')
    expect(ids(a)).toEqual(ids(b))
  })

  it('§10.1(c) a wipe made in the stale tab itself is written as it is, never merged with the other’s ledger', async () => {
    const { storage, a, b } = await twoTabs()
    choose(a, 'marketing-email', 'grant')
    b.getState().resetAll()
    const next = restart(storage)
    expect(next.ledger).toEqual([])
    expect(next.deviceId).toBe(b.getState().deviceId)
    await settle()
    expect(a.getState().ledger).toEqual([])
    expect(a.getState().notice).toBeNull()
  })

  it('§1.5 fields other than the ledger: what one tab changed is kept, what it did not change is the other’s', async () => {
    const storage = createMemoryStorage()
    // Two tabs opened at once on a first start: neither has read a commit.
    const a = buildTestStore({ storage }).store
    const b = buildTestStore({ storage }).store
    a.getState().decideNotice('accepted')
    b.getState().setLang('en')
    const next = restart(storage)
    expect(next.notice?.decision).toBe('accepted')
    expect(next.lang).toBe('en')
    expect(next.langChosen).toBe(true)
    // Tab B joined tab A's state: one device id, the notice answer in the ledger.
    expect(next.deviceId).toBe(a.getState().deviceId)
    expect(next.ledger.map((e) => e.purposeId)).toEqual(['privacy-notice'])
    await settle()
    expect(a.getState().lang).toBe('en')
    expect(b.getState().notice?.decision).toBe('accepted')
  })

  it('§8.2 a damaged commit from the other tab (a lost chunk) is not merged, and its chunks are left alone', async () => {
    const { storage, a, b } = await twoTabs()
    choose(a, 'marketing-email', 'grant')
    const dump = storage.dump()
    const main = JSON.parse(dump[persistKey]!) as { state: { ledgerKeys: string[] } }
    const kept = main.state.ledgerKeys[0]!
    main.state.ledgerKeys = [...main.state.ledgerKeys, `${persistKey}.ledger.gone`]
    storage.setItem(persistKey, JSON.stringify(main))
    // Tab B withdraws before it reads that commit: its own ledger is written whole, and the
    // chunk the damaged commit listed is left where it is (it may be the only copy, §8.2).
    const [withdrawal] = events(choose(b, 'marketing-sms', 'withdraw'))
    expect(storage.dump()[kept]).toBe(dump[kept])
    const next = buildTestStore({ storage })
    expect(next.store.getState().storageIssue).toBeNull()
    expect(next.store.getState().unsynced).toContain(withdrawal?.eventId)
    expect(isGranted(next.store.getState(), 'marketing-sms')).toBe(false)
  })

  it('§8.2 a state change that persists nothing (the sync indicator) writes nothing', async () => {
    const { storage, b } = await twoTabs()
    const writes: string[] = []
    const realSet = storage.setItem
    storage.setItem = (k, v) => {
      writes.push(k)
      realSet(k, v)
    }
    b.getState().setSync({ phase: 'syncing', pending: 0 })
    b.getState().setSync({ phase: 'synced', pending: 0 })
    expect(writes).toEqual([])
    choose(b, 'marketing-sms', 'withdraw')
    expect(writes).toContain(persistKey)
  })

  it('§8.2 chunks the other tab removed are written again: the merged commit lists only chunks that exist', async () => {
    const { storage, a, b } = await twoTabs()
    const channels = ['marketing-sms', 'marketing-email', 'marketing-post', 'marketing-phone']
    for (let i = 0; i < 450; i += 1) {
      choose(a, channels[i % channels.length]!, i % 2 ? 'withdraw' : 'grant')
    }
    await settle()
    // Tab A syncs and compacts (its chunks change); tab B, not told yet, writes.
    a.getState().acknowledge(a.getState().unsynced.slice(0, 300))
    choose(b, 'marketing-email', 'withdraw')
    const next = buildTestStore({ storage })
    expect(next.store.getState().storageIssue).toBeNull()
    expect(next.reports).toEqual([])
    const main = JSON.parse(storage.dump()[persistKey]!) as { state: { ledgerKeys: string[] } }
    const chunks = Object.keys(storage.dump()).filter((k) => k.startsWith(`${persistKey}.ledger.`))
    expect(chunks.sort()).toEqual([...main.state.ledgerKeys].sort())
    expect(next.store.getState().unsynced).toHaveLength(151)
    expect(isGranted(next.store.getState(), 'marketing-email')).toBe(false)
  })
})
