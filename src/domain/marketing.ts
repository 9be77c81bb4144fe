/**
 * Who may receive marketing, per channel (§3.1(g), §3.3, §3.4), for the backend's marketing
 * audience. Reads a derived ConsentState, so withdrawals, re-consent and the guardian rule
 * (./ledger) already apply.
 */
import type { PurposeId } from '../catalogue/purposes'
import type { MarketingChannel } from '../catalogue/types'
import { marketingChannels } from '../catalogue/types'
import type { ConsentState } from './ledger'

/** The catalogue names each channel's purpose `marketing-<channel>`. */
export function marketingPurposeId<C extends MarketingChannel>(channel: C): `marketing-${C}` {
  return `marketing-${channel}` satisfies PurposeId
}

/** §9.3(a): automated decision making for marketing and push has its own switch. */
export const PERSONALISED_PUSH_PURPOSE_ID = 'personalised-push' satisfies PurposeId
/** §11.5: WiFi activity data feeds targeted offers only with its own consent. */
export const WIFI_TRACKING_PURPOSE_ID = 'wifi-tracking' satisfies PurposeId

export interface MarketingOptions {
  /** The message was picked for this person by automated decision making (§9.3(a)). */
  readonly personalised: boolean
  /** The targeting uses WiFi activity data (§11.5). */
  readonly usesWifiData?: boolean
}

const granted = (state: ConsentState, purposeId: string): boolean =>
  state[purposeId]?.granted === true

/**
 * Whether a message may go to this person on `channel`: that channel's marketing purpose is
 * granted; a personalised message also needs `personalised-push`; one targeted with WiFi data
 * also needs `wifi-tracking` (§11.5: "where you have consented to receive marketing").
 */
export function isMarketingEligible(
  state: ConsentState,
  channel: MarketingChannel,
  options: MarketingOptions,
): boolean {
  if (!granted(state, marketingPurposeId(channel))) return false
  if (options.personalised && !granted(state, PERSONALISED_PUSH_PURPOSE_ID)) return false
  if (options.usesWifiData === true && !granted(state, WIFI_TRACKING_PURPOSE_ID)) return false
  return true
}

/** The channels on which this person may receive such a message. */
export function eligibleMarketingChannels(
  state: ConsentState,
  options: MarketingOptions,
): MarketingChannel[] {
  return marketingChannels.filter((c) => isMarketingEligible(state, c, options))
}
