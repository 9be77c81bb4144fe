import type { StateCreator } from 'zustand'
import type { Lang } from '../catalogue/types'
import type { AppState } from './app-state'

export interface LocaleSlice {
  lang: Lang
  /** True once the user picked a language; until then it follows WeChat's language. */
  langChosen: boolean
  setLang(lang: Lang): void
}

export const createLocaleSlice =
  (initialLang: Lang): StateCreator<AppState, [], [], LocaleSlice> =>
  (set) => ({
    lang: initialLang,
    langChosen: false,
    setLang: (lang) => set({ lang, langChosen: true }),
  })
