/**
 * zh-CN is the source of every user-facing string (the Chinese version prevails, §15.1).
 * Each feature keeps its strings in its own file here; en/ mirrors the files and must satisfy
 * the same type: a missing or extra key is a compile error.
 */
import { about } from './about'
import { choices } from './choices'
import { consent } from './consent'
import { core } from './core'
import { journeys } from './journeys'
import { member } from './member'
import { notice } from './notice'
import { rights } from './rights'

export const zhCN = {
  ...core,
  ...notice,
  ...consent,
  ...rights,
  ...journeys,
  ...choices,
  ...about,
  ...member,
} as const

/** Literal strings widen to string, functions keep their parameters. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> }

export type Messages = Widen<typeof zhCN>
/** The type of one feature's strings, for en/ files: `export const x: MessagesOf<'home'>`. */
export type MessagesOf<K extends keyof Messages> = Pick<Messages, K>
