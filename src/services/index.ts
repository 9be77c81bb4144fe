import { createFakePermissionGate } from './fakes/permission-gate'
import { createFakePrivacyGate } from './fakes/privacy-gate'
import { taroNavigator } from './navigation'
import type { KeyValueStorage, Navigator, PermissionGate, PrivacyGate, SystemInfo } from './ports'
import { taroStorage } from './storage'
import { taroSystem } from './system'
import { wechatPermissionGate } from './wechat/permission-gate'
import { wechatPrivacyGate } from './wechat/privacy-gate'

export type * from './ports'

/** Everything the app needs from the platform, injected through one context. */
export interface Services {
  readonly storage: KeyValueStorage
  readonly system: SystemInfo
  readonly privacy: PrivacyGate
  readonly permissions: PermissionGate
  readonly navigator: Navigator
}

/**
 * WeChat gets the real adapters; H5 gets storage and navigation from Taro and fakes where
 * WeChat has no equivalent (the privacy popup never fires there, toolchain notes).
 */
export function createPlatformServices(): Services {
  const isWeapp = process.env.TARO_ENV === 'weapp'
  return {
    storage: taroStorage,
    system: taroSystem,
    privacy: isWeapp ? wechatPrivacyGate : createFakePrivacyGate({ needAuthorization: false }),
    permissions: isWeapp ? wechatPermissionGate : createFakePermissionGate(),
    navigator: taroNavigator,
  }
}
