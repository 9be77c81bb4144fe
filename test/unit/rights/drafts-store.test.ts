import { newDraft } from '../../../src/domain/rights-form'
import { createMemoryStorage } from '../../../src/services/fakes/memory-storage'
import { persistKey } from '../../../src/store/persistence'
import { buildTestStore } from '../../support/store'

describe('§10.3 drafts survive the app being killed; §10.1(c) deregistration wipes the device', () => {
  it('§10.3 a draft written before a kill is there on the next launch, with its client key', () => {
    const storage = createMemoryStorage()
    const first = buildTestStore({ storage }).store
    first.getState().saveDraft({
      ...newDraft('explain-rules', 'key-abcdef12', 5),
      details: { question: '位置信息怎么用？' },
      sendingSince: 99,
    })
    const again = buildTestStore({ storage }).store
    const d = again.getState().drafts['explain-rules']
    expect(d?.details).toEqual({ question: '位置信息怎么用？' })
    expect(d?.clientKey).toBe('key-abcdef12')
    expect(d?.sendingSince).toBe(99)
  })

  it('§10.3 a malformed saved draft is dropped, the others kept', () => {
    const storage = createMemoryStorage()
    const good = newDraft('access-copy', 'key-00000001', 1)
    storage.setItem(
      persistKey,
      JSON.stringify({
        state: {
          drafts: {
            'access-copy': { ...good, details: { categories: ['profile'], bad: { x: 1 } } },
            transfer: { type: 'transfer', onBehalfOf: 'someone' },
            'not-a-type': good,
          },
        },
        version: 1,
      }),
    )
    const { store } = buildTestStore({ storage })
    expect(Object.keys(store.getState().drafts)).toEqual(['access-copy'])
    expect(store.getState().drafts['access-copy']?.details).toEqual({ categories: ['profile'] })
  })

  it('§10.1(c) resetAll returns to the first-start state and nothing personal stays in storage', () => {
    const storage = createMemoryStorage()
    const { store } = buildTestStore({ storage })
    const s = store.getState()
    const deviceId = s.deviceId
    s.decideNotice('accepted')
    s.setBirthDate('1990-01-01')
    s.setSession({ token: 'secret-session', expiresAt: 9e12 })
    s.setLang('en')
    s.recordChoice({ purposeIds: ['marketing-sms'], action: 'grant', source: 'consent-center' })
    s.saveDraft({
      ...newDraft('explain-rules', 'key-abcdef12', 5),
      details: { question: 'Alice 138' },
    })
    store.getState().resetAll()
    const after = store.getState()
    expect(after.notice).toBeNull()
    expect(after.ledger).toEqual([])
    expect(after.session).toBeNull()
    expect(after.birthDate).toBeNull()
    expect(after.drafts).toEqual({})
    expect(after.langChosen).toBe(false)
    expect(after.deviceId).not.toBe(deviceId)
    const saved = storage.getItem(persistKey) ?? ''
    for (const secret of ['secret-session', '1990-01-01', 'Alice', 'marketing-sms', deviceId])
      expect(saved).not.toContain(secret)
    // The actions still work after the reset.
    after.decideNotice('accepted')
    expect(store.getState().notice?.decision).toBe('accepted')
  })
})
