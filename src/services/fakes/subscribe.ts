import type { SubscribeAnswer, SubscribeMessages, SubscribeSetting } from '../subscribe-ports'

/**
 * Plays WeChat's subscribe dialog on H5 and in tests: `answer` is what the user taps, and
 * `keep` ticks "always keep this choice", after which the dialog is never shown again.
 */
export function createFakeSubscribeMessages(
  opts: { answer?: SubscribeAnswer; keep?: boolean; setting?: SubscribeSetting } = {},
) {
  const kept = new Map<string, SubscribeSetting>()
  const shown: string[] = []
  const fake: SubscribeMessages & { readonly shown: readonly string[] } = {
    async setting(templateId) {
      return kept.get(templateId) ?? opts.setting ?? 'ask'
    },
    async request(templateId) {
      const standing = kept.get(templateId) ?? opts.setting
      if (standing === 'accept' || standing === 'reject' || standing === 'ban') return standing
      shown.push(templateId)
      const answer = opts.answer ?? 'accept'
      if (opts.keep && (answer === 'accept' || answer === 'reject')) kept.set(templateId, answer)
      return answer
    },
    get shown() {
      return shown
    },
  }
  return fake
}
