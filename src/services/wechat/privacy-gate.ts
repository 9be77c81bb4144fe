import Taro from '@tarojs/taro'
import type { PrivacyGate } from '../ports'

/**
 * WeChat's own privacy authorization (__usePrivacyCheck__). Taro 4.2.1 types these APIs; on
 * H5 they are stubs, so the H5 build uses the fake in ./fakes.
 */
export const wechatPrivacyGate: PrivacyGate = {
  onNeedAuthorization(listener) {
    Taro.onNeedPrivacyAuthorization((resolve, eventInfo) => {
      listener((resolution) => resolve(resolution), eventInfo.referrer)
    })
  },
  getSetting() {
    return new Promise((ok) => {
      Taro.getPrivacySetting({
        success: (res) =>
          ok({ needAuthorization: res.needAuthorization, contractName: res.privacyContractName }),
        fail: () => ok({ needAuthorization: true, contractName: '' }),
      })
    })
  },
  openContract() {
    return new Promise((ok) => {
      Taro.openPrivacyContract({ success: () => ok(true), fail: () => ok(false) })
    })
  },
}
