import type { Messages } from '../zh-cn'
import { about } from './about'
import { choices } from './choices'
import { consent } from './consent'
import { core } from './core'
import { journeys } from './journeys'
import { member } from './member'
import { notice } from './notice'
import { rights } from './rights'

/** English translation; typed against zh-CN, so a missing key fails the typecheck. */
export const en: Messages = {
  ...core,
  ...notice,
  ...consent,
  ...rights,
  ...journeys,
  ...choices,
  ...about,
  ...member,
}
