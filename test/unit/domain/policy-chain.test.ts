import { currentPolicyVersion } from '../../../src/catalogue/policy/versions'
import type { PolicyVersionRecord } from '../../../src/catalogue/types'
import {
  catalogueConsentContext,
  cataloguePolicyChain,
} from '../../../src/domain/catalogue-context'
import { deriveConsentState } from '../../../src/domain/ledger'
import { selectConsentState } from '../../../src/store/selectors'
import {
  builtHistory,
  policyChain,
  versionsAfterBuild,
  type PublishedPolicyVersion,
} from '../../../src/domain/policy-chain'
import { buildTestStore, grantEvent } from '../../support/store'

const built = currentPolicyVersion.version
const v2: PublishedPolicyVersion = {
  version: '2026-11+server-2',
  publishedAt: Date.UTC(2026, 10, 1),
  changedParagraphs: ['3.3'],
}
const v3: PublishedPolicyVersion = {
  version: '2026-12+server-3',
  publishedAt: Date.UTC(2026, 11, 1),
  changedParagraphs: ['9.3'],
}
const serverHistory = [
  { version: built, publishedAt: 0, changedParagraphs: [] },
  v2,
  v3,
] satisfies PublishedPolicyVersion[]

describe('§14.1 the policy in force: this build, then what the server published after it', () => {
  it('§14.1 keeps only the server versions newer than this build', () => {
    expect(versionsAfterBuild(serverHistory, built)).toEqual([v2, v3])
    expect(versionsAfterBuild([serverHistory[0]!], built)).toEqual([])
    // A server that does not know this build says nothing the build can act on.
    expect(versionsAfterBuild([v2, v3], built)).toEqual([])
  })

  it('§14.1 without newer versions the chain is the build-version path unchanged', () => {
    const chain = cataloguePolicyChain([])
    expect(chain.currentVersion).toBe(built)
    expect([...(chain.changedParagraphsSince(built) ?? [])]).toEqual([])
    // An unknown older release: every paragraph counts as changed.
    expect(chain.changedParagraphsSince('2019-01+unknown')?.size).toBe(
      Object.keys(currentPolicyVersion.paragraphHashes).length,
    )
  })

  it('§14.1 unions what changed after the version a grant was given under', () => {
    const chain = cataloguePolicyChain([v2, v3])
    expect(chain.currentVersion).toBe(v3.version)
    expect([...(chain.changedParagraphsSince(built) ?? [])].sort()).toEqual(['3.3', '9.3'])
    expect([...(chain.changedParagraphsSince(v2.version) ?? [])]).toEqual(['9.3'])
    expect([...(chain.changedParagraphsSince(v3.version) ?? [])]).toEqual([])
  })

  it('§14.1 an older build release adds its own text changes to the server ones', () => {
    const older: PolicyVersionRecord = {
      ...currentPolicyVersion,
      version: '2022-01+00000000',
      paragraphHashes: { ...currentPolicyVersion.paragraphHashes, '8.1': 'older-8.1' },
    }
    const chain = policyChain(
      { history: [older, currentPolicyVersion], current: currentPolicyVersion },
      [v2],
    )
    expect([...(chain.changedParagraphsSince(older.version) ?? [])].sort()).toEqual(['3.3', '8.1'])
    expect(
      builtHistory({ history: [older, currentPolicyVersion], current: currentPolicyVersion }),
    ).toEqual([
      expect.objectContaining({ version: older.version, changedParagraphs: [] }),
      expect.objectContaining({ version: built, changedParagraphs: ['8.1'] }),
    ])
  })

  it('§14.1 a server version changing §3.3 makes only SMS marketing need re-consent', () => {
    const events = [
      grantEvent('marketing-sms', 1, { policyVersion: built }),
      grantEvent('marketing-email', 2, { policyVersion: built }),
    ]
    const before = deriveConsentState(events, catalogueConsentContext(false, []))
    expect(before['marketing-sms']?.status).toBe('granted')
    const after = deriveConsentState(events, catalogueConsentContext(false, [v2]))
    expect(after['marketing-sms']).toMatchObject({ granted: false, status: 'needs-reconsent' })
    expect(after['marketing-email']).toMatchObject({ granted: true, status: 'granted' })
    // A re-consent under the server's version counts again.
    const again = deriveConsentState(
      [
        ...events,
        grantEvent('marketing-sms', 3, { policyVersion: v2.version, source: 're-consent' }),
      ],
      catalogueConsentContext(false, [v2]),
    )
    expect(again['marketing-sms']).toMatchObject({ granted: true, status: 'granted' })
  })

  it('§14.1 the store takes the server history and new choices carry the server version', () => {
    const { store } = buildTestStore()
    store.getState().decideNotice('accepted')
    store.getState().applyServerPolicy(serverHistory)
    expect(store.getState().newerPolicy).toEqual([v2, v3])
    const kept = store.getState().newerPolicy
    store.getState().applyServerPolicy(serverHistory)
    // Same history: the same array, so derived state stays memoised.
    expect(store.getState().newerPolicy).toBe(kept)
    store
      .getState()
      .recordChoice({ purposeIds: ['marketing-sms'], action: 'grant', source: 're-consent' })
    expect(store.getState().ledger.at(-1)).toMatchObject({
      purposeId: 'marketing-sms',
      policyVersion: v3.version,
    })
  })

  it('§14.1 the server versions survive a restart: offline, the grant is still held', () => {
    const first = buildTestStore()
    const s = first.store.getState()
    s.decideNotice('accepted')
    s.recordChoice({ purposeIds: ['marketing-sms'], action: 'grant', source: 'consent-center' })
    s.applyServerPolicy(serverHistory)
    const second = buildTestStore({ storage: first.storage })
    expect(second.store.getState().newerPolicy).toEqual([v2, v3])
    expect(selectConsentState(second.store.getState())['marketing-sms']?.status).toBe(
      'needs-reconsent',
    )
  })
})
