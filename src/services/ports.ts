/**
 * What the app needs from the platform, as plain interfaces. The weapp implementations call
 * Taro/wx; the fakes serve H5 (where WeChat has no equivalent) and tests.
 */
import type { WechatScope } from '../catalogue/types'

export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
  /** Every key held now; a storage that cannot list them answers []. */
  keys(): string[]
  /**
   * Calls `listener` when another instance of the app changed `key` (null: storage cleared):
   * the H5 storage event from another tab. WeChat runs one instance: never called there.
   * Returns the unsubscribe.
   */
  onExternalChange?(listener: (key: string | null) => void): () => void
}

/** WeChat's answer to its own privacy popup (wx.onNeedPrivacyAuthorization's resolve). */
export type PrivacyResolution =
  { event: 'exposureAuthorization' } | { event: 'agree'; buttonId: string } | { event: 'disagree' }

export type PrivacyResolve = (resolution: PrivacyResolution) => void

export interface PrivacyGate {
  /** Registered once at launch: WeChat calls back when a privacy API needs authorization. */
  onNeedAuthorization(listener: (resolve: PrivacyResolve, referrer: string) => void): void
  /** Whether WeChat still needs the user to agree, and the contract's name. */
  getSetting(): Promise<{ needAuthorization: boolean; contractName: string }>
  /** Opens WeChat's privacy contract page; false where the platform has none (H5). */
  openContract(): Promise<boolean>
}

export type ScopeStatus = 'granted' | 'denied' | 'not-asked'

export interface PermissionGate {
  status(scope: WechatScope): Promise<ScopeStatus>
  /** Asks WeChat for the scope (only after our own consent was given). */
  authorize(scope: WechatScope): Promise<'granted' | 'denied'>
  /** WeChat asks only once; after a refusal the settings page is the only way back. */
  openSetting(scope: WechatScope): Promise<'granted' | 'denied'>
}

/** §10.1(a): the export is copied so the person can keep it; false when the platform refused. */
export interface Clipboard {
  copy(text: string): Promise<boolean>
}

export interface SystemInfo {
  language(): string | undefined
}

export type Route =
  | { page: 'home' }
  | { page: 'notice' }
  | { page: 'policy'; section?: string }
  | { page: 'consent-center' }
  /** §7.3: one dedicated screen per separate-consent purpose. */
  | { page: 'separate-consent'; purpose: string }
  /** §3.1(m): the member subpackage (card and points, receipts, e-parking, store finder). */
  | { page: 'member' | 'member-receipts' | 'member-parking' | 'member-stores' }
  /** §10: the rights requests subpackage (packages/rights). */
  | { page: 'rights' }
  | { page: 'rights-form'; type: string; scope?: 'account' }
  | { page: 'rights-requests' }
  | { page: 'rights-request'; id: string }
  | { page: 'rights-export'; id: string }
  /** Marketing preferences (§3.3, §3.4) and the guardian flow (§1.6, §12). */
  | { page: 'marketing-preferences' }
  | { page: 'guardian' }
  /** §3.4(b): reached from an SMS/email link, no login. */
  | { page: 'unsubscribe'; token: string }
  /** §14.1: what changed in the policy since the user's consent. */
  | { page: 'what-changed' }
  /** §10.1(a), §10.1(g): consent history and transparency (packages/about). */
  | { page: 'consent-history' | 'transparency' }

export interface Navigator {
  go(route: Route): void
  back(): void
  /** The current page's query (e.g. `purpose` of the separate-consent screen); {} if none. */
  params?(): Readonly<Record<string, string | undefined>>
}

export interface AppEvents {
  onShow(listener: () => void): void
  onNetworkChange(listener: (online: boolean) => void): void
}
