/**
 * §14.1: the policy version in force is the newer of the one shipped in this build and the one
 * the backend says it holds. A version published on the server after this build carries only
 * the ids of the paragraphs it changed (the text ships with the next build), so the chain
 * below answers "what changed since the version a grant was given under" across both.
 * Pure TypeScript: the app's store and the mock server wire it alike.
 */
import type { PolicyVersionRecord } from '../catalogue/types'
import { changedParagraphsSince } from './policy-version'

/** One released version as the backend lists it (GET /v1/policy). */
export interface PublishedPolicyVersion {
  readonly version: string
  /** epoch ms */
  readonly publishedAt: number
  /** Paragraph ids ("3.4", "BF.mall-wifi") changed against the version before it. */
  readonly changedParagraphs: readonly string[]
}

export interface PolicyChain {
  /** The version new consent events carry and grants are compared with. */
  readonly currentVersion: string
  /** Paragraphs changed since `version`; undefined when unknown (counts as everything). */
  changedParagraphsSince(version: string): ReadonlySet<string> | undefined
}

/** The build's own history (text and hashes shipped with the app or the server). */
export interface BuiltPolicy {
  readonly history: readonly PolicyVersionRecord[]
  readonly current: PolicyVersionRecord
}

/**
 * The server's versions newer than this build, oldest first. When the server's list does not
 * contain this build's version (the server is older, or on another line), it says nothing
 * this build can act on, so nothing is taken from it: the build's own version stays in force.
 */
export function versionsAfterBuild(
  serverHistory: readonly PublishedPolicyVersion[],
  buildVersion: string,
): PublishedPolicyVersion[] {
  const at = serverHistory.findIndex((v) => v.version === buildVersion)
  return at < 0 ? [] : serverHistory.slice(at + 1)
}

/**
 * The chain: the build's history, then the versions the server published after it (`newer`,
 * oldest first). With nothing newer it is exactly the build's own answer, so the build-version
 * path of §14.1 is unchanged.
 */
export function policyChain(
  built: BuiltPolicy,
  newer: readonly PublishedPolicyVersion[],
): PolicyChain {
  const buildSince = (version: string) =>
    changedParagraphsSince(version, built.history, built.current)
  const last = newer[newer.length - 1]
  if (last === undefined) {
    return { currentVersion: built.current.version, changedParagraphsSince: buildSince }
  }
  const union = (from: number, base: Iterable<string> = []): Set<string> => {
    const out = new Set(base)
    for (const v of newer.slice(from)) for (const id of v.changedParagraphs) out.add(id)
    return out
  }
  return {
    currentVersion: last.version,
    changedParagraphsSince(version) {
      const at = newer.findIndex((v) => v.version === version)
      if (at >= 0) return union(at + 1)
      // A version of the build's line: its own changes, then everything published since.
      // An unknown version gets every paragraph from buildSince: asked again (§14.1).
      return union(0, buildSince(version))
    },
  }
}

/**
 * The build's history in the server's shape: each version with the paragraphs changed against
 * the one before (the first lists none: there is nothing before it).
 */
export function builtHistory(built: BuiltPolicy): PublishedPolicyVersion[] {
  return built.history.map((record, i) => {
    const prev = built.history[i - 1]
    const changed = prev ? [...changedParagraphsSince(prev.version, built.history, record)] : []
    const publishedAt = Date.parse(`${record.date}-01T00:00:00+08:00`)
    return {
      version: record.version,
      publishedAt: Number.isFinite(publishedAt) ? publishedAt : 0,
      changedParagraphs: changed,
    }
  })
}
