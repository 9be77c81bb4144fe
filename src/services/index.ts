import type { AppRoutes } from '../contract/routes-app'
import type { ApiClient, ApiError } from './api/client'
import { createMockLoginCode, type LoginCodeSource, wechatLoginCode } from './auth'
import { createFakeLocation } from './fakes/location'
import { createFakeMediaPicker } from './fakes/media'
import { createFakeParkingLot } from './fakes/parking-lot'
import { createFakePermissionGate } from './fakes/permission-gate'
import { createFakePhoneBinding } from './fakes/phone'
import { createFakePrivacyGate } from './fakes/privacy-gate'
import { taroNavigator } from './navigation'
import { taroAppEvents } from './lifecycle'
import { taroClipboard } from './clipboard'
import type {
  AppEvents,
  Clipboard,
  KeyValueStorage,
  Navigator,
  PermissionGate,
  PrivacyGate,
  SystemInfo,
} from './ports'
import { taroStorage } from './storage'
import type { LocationSource, MediaPicker, ParkingLot, PhoneBinding } from './member-ports'
import type { SubscribeMessages } from './subscribe-ports'
import { wechatSubscribeMessages } from './wechat/subscribe'
import { taroSystem } from './system'
import { wechatLocation } from './wechat/location'
import { wechatMediaPicker } from './wechat/media'
import { wechatPermissionGate } from './wechat/permission-gate'
import { wechatPhoneBinding } from './wechat/phone'
import { wechatPrivacyGate } from './wechat/privacy-gate'

export type * from './ports'
export type * from './member-ports'
export type * from './subscribe-ports'

/** What the app needs from the platform (WeChat, or the browser for H5). */
export interface PlatformServices {
  readonly storage: KeyValueStorage
  readonly system: SystemInfo
  readonly privacy: PrivacyGate
  readonly permissions: PermissionGate
  readonly navigator: Navigator
  readonly appEvents: AppEvents
  readonly loginCode: LoginCodeSource
  /** Optional so fakes need not provide it; without it the export is copied by hand. */
  readonly clipboard?: Clipboard
  /** Member features (§3.1(m)): receipt photos, store finder location, phone, car park. */
  readonly media: MediaPicker
  readonly location: LocationSource
  readonly phone: PhoneBinding
  readonly parkingLot: ParkingLot
  /**
   * §3.5 WeChat subscribe messages, for service notices only. Absent on H5 (the browser has no
   * such dialog, so nothing is asked and nothing recorded) and in tests that do not play it.
   */
  readonly subscribe?: SubscribeMessages
}

/** The platform plus the backend client and the sync engine, injected through one context. */
export interface Services extends PlatformServices {
  /** Knows the main package's routes; a subpackage extends it with its own (size budget). */
  readonly api: ApiClient<AppRoutes>
  readonly sync: {
    /** Sends what is pending now (also the "retry" of the sync indicator). */
    flush(): Promise<void>
    /** Fetches the server's ledger and merges it. */
    reconcile(): Promise<void>
    /** Logs in when needed; null when a session is ready (never before the notice, §1.5). */
    ensureSession(): Promise<ApiError | null>
  }
}

/**
 * WeChat gets the real adapters; H5 gets storage and navigation from Taro and fakes where
 * WeChat has no equivalent (Taro's H5 onNeedPrivacyAuthorization never fires). The
 * platform test is written out at each use, not kept in a local: the build folds it to a
 * constant, so the weapp main package leaves the fakes' modules out (config/index.ts).
 */
export function createPlatformServices(ids: {
  now: () => number
  newId: () => string
}): PlatformServices {
  return {
    storage: taroStorage,
    system: taroSystem,
    privacy:
      process.env.TARO_ENV === 'weapp'
        ? wechatPrivacyGate
        : createFakePrivacyGate({ needAuthorization: false }),
    permissions:
      process.env.TARO_ENV === 'weapp' ? wechatPermissionGate : createFakePermissionGate(),
    navigator: taroNavigator,
    appEvents: taroAppEvents,
    loginCode:
      process.env.TARO_ENV === 'weapp'
        ? wechatLoginCode
        : createMockLoginCode(taroStorage, ids.now, ids.newId),
    clipboard: taroClipboard,
    media: process.env.TARO_ENV === 'weapp' ? wechatMediaPicker : createFakeMediaPicker(),
    location: process.env.TARO_ENV === 'weapp' ? wechatLocation : createFakeLocation(),
    phone: process.env.TARO_ENV === 'weapp' ? wechatPhoneBinding : createFakePhoneBinding(),
    // No car park backend exists yet: the mock serves both platforms.
    parkingLot: createFakeParkingLot(ids.now),
    ...(process.env.TARO_ENV === 'weapp' ? { subscribe: wechatSubscribeMessages } : {}),
  }
}
