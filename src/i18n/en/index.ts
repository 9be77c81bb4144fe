import type { Messages } from '../zh-cn'
import { core } from './core'

/** English translation; typed against zh-CN, so a missing key fails the typecheck. */
export const en: Messages = {
  ...core,
}
