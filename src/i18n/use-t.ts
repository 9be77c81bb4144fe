import { useAppStore } from '../store/store-context'
import { messages, type Messages } from '.'
import type { Lang } from '../catalogue/types'

/** The messages of the current language. */
export function useT(): Messages {
  return messages[useAppStore((s) => s.lang)]
}

export function useLang(): Lang {
  return useAppStore((s) => s.lang)
}
