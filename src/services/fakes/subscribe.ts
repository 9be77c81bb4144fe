import type { SubscribeAnswer, SubscribeMessages } from '../subscribe-ports'

/**
 * Plays WeChat's subscribe dialog in tests (H5 has none): `answer` is what the user taps for every
 * template (`answers` per template), `keep` ticks "always keep this choice" (the dialog is not
 * shown again for that template), and `held` leaves the dialog open until `answerNow()`.
 * `shown` lists each dialog that opened, with its templates.
 */
export function createFakeSubscribeMessages(
  opts: {
    answer?: SubscribeAnswer
    answers?: Readonly<Record<string, SubscribeAnswer>>
    keep?: boolean
    held?: boolean
  } = {},
) {
  const kept = new Map<string, SubscribeAnswer>()
  const shown: string[][] = []
  const waiting: Array<() => void> = []
  const answerFor = (id: string) => opts.answers?.[id] ?? opts.answer ?? 'accept'
  const fake: SubscribeMessages & {
    readonly shown: readonly (readonly string[])[]
    /** Closes every dialog still open, with the answers given at creation. */
    answerNow(): void
  } = {
    request(templateIds) {
      const ask = templateIds.filter((id) => !kept.has(id))
      if (ask.length) shown.push([...ask])
      const settle = () => {
        const out: Record<string, SubscribeAnswer> = {}
        for (const id of templateIds) {
          const a = kept.get(id) ?? answerFor(id)
          if (opts.keep && (a === 'accept' || a === 'reject')) kept.set(id, a)
          out[id] = a
        }
        return out
      }
      if (!opts.held || ask.length === 0) return Promise.resolve(settle())
      return new Promise((resolve) => waiting.push(() => resolve(settle())))
    },
    get shown() {
      return shown
    },
    answerNow() {
      for (const w of waiting.splice(0)) w()
    },
  }
  return fake
}
