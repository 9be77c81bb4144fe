import type { PrivacyGate, PrivacyResolution, PrivacyResolve } from '../ports'

/**
 * Stands in for WeChat's privacy authorization on H5 and in tests. `trigger` plays WeChat:
 * it calls the registered listener as wx would when a privacy API is used.
 */
export function createFakePrivacyGate(opts: { needAuthorization?: boolean } = {}) {
  let listener: ((resolve: PrivacyResolve, referrer: string) => void) | undefined
  let registrations = 0
  const resolutions: PrivacyResolution[] = []
  let needAuthorization = opts.needAuthorization ?? true
  const gate: PrivacyGate & {
    trigger(referrer?: string): void
    readonly resolutions: readonly PrivacyResolution[]
    readonly registrations: number
  } = {
    onNeedAuthorization(l) {
      registrations += 1
      listener = l
    },
    async getSetting() {
      return { needAuthorization, contractName: '颐堤港隐私政策' }
    },
    async openContract() {
      return false
    },
    trigger(referrer = 'test') {
      listener?.((r) => {
        resolutions.push(r)
        if (r.event === 'agree') needAuthorization = false
      }, referrer)
    },
    get resolutions() {
      return resolutions
    },
    get registrations() {
      return registrations
    },
  }
  return gate
}
