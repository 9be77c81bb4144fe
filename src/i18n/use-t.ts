import type { Lang } from '../catalogue/types'
import { useAppStore } from '../store/store-context'
import type { Messages } from '.'
import { mainMessages, type FeatureMessages, type MainMessages } from './main-messages'

export type { FeatureMessages, MainMessages }

/** One merged table per feature and language, so `t` keeps its identity across renders. */
const merged = new WeakMap<object, Partial<Record<Lang, object>>>()

function withFeature(lang: Lang, feature: FeatureMessages<keyof Messages>): object {
  const cache = merged.get(feature) ?? {}
  merged.set(feature, cache)
  return (cache[lang] ??= { ...mainMessages[lang], ...feature[lang] })
}

/**
 * The messages of the current language. `useT()` gives the main package's strings; a
 * subpackage page adds its feature's with `useT(rightsMessages)` (from ./features), so its
 * strings stay in its subpackage. Using a feature's key without passing the feature is a
 * compile error, never an undefined string at runtime.
 */
export function useT(): MainMessages
export function useT<K extends keyof Messages>(
  feature: FeatureMessages<K>,
): MainMessages & Pick<Messages, K>
export function useT(feature?: FeatureMessages<keyof Messages>): object {
  const lang = useAppStore((s) => s.lang)
  return feature ? withFeature(lang, feature) : mainMessages[lang]
}

export function useLang(): Lang {
  return useAppStore((s) => s.lang)
}
