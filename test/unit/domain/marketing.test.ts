import fc from 'fast-check'
import { marketingChannels, type MarketingChannel } from '../../../src/catalogue/types'
import type { PurposeState } from '../../../src/domain/consent-event'
import type { ConsentState } from '../../../src/domain/ledger'
import {
  eligibleMarketingChannels,
  isMarketingEligible,
  marketingPurposeId,
} from '../../../src/domain/marketing'

const ids = [...marketingChannels.map(marketingPurposeId), 'personalised-push', 'wifi-tracking']
const arbState: fc.Arbitrary<ConsentState> = fc
  .array(fc.boolean(), { minLength: ids.length, maxLength: ids.length })
  .map((flags) =>
    Object.fromEntries(
      ids.map((id, i): [string, PurposeState] => [
        id,
        flags[i]
          ? { purposeId: id, granted: true, status: 'granted' }
          : { purposeId: id, granted: false, status: 'withdrawn' },
      ]),
    ),
  )
const arbChannel = fc.constantFrom<MarketingChannel>(...marketingChannels)

describe('isMarketingEligible', () => {
  it('§3.1(g) §3.3 a channel needs its own marketing consent; §9.3(a) personalised also push', () => {
    fc.assert(
      fc.property(arbState, arbChannel, fc.boolean(), fc.boolean(), (state, channel, p, wifi) => {
        const expected =
          state[marketingPurposeId(channel)]?.granted === true &&
          (!p || state['personalised-push']?.granted === true) &&
          (!wifi || state['wifi-tracking']?.granted === true)
        const options = { personalised: p, usesWifiData: wifi }
        expect(isMarketingEligible(state, channel, options)).toBe(expected)
        expect(eligibleMarketingChannels(state, options).includes(channel)).toBe(expected)
      }),
      { numRuns: 1000 },
    )
  })

  it('§1.5 nothing is sent to someone the state does not know', () => {
    for (const channel of marketingChannels) {
      expect(isMarketingEligible({}, channel, { personalised: false })).toBe(false)
    }
  })
})
