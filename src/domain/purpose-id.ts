/**
 * Ids from outside (API bodies, stored ledgers, drafts) stay strings: an event naming a retired
 * purpose (e.g. approximate-location) still loads, is kept and counts as not granted (§1.5,
 * §3.8). Code that needs a catalogue purpose narrows with this guard instead of a cast.
 */
import { purposeById, type PurposeId } from '../catalogue/purposes'

export const isPurposeId = (id: string): id is PurposeId =>
  Object.prototype.hasOwnProperty.call(purposeById, id)
