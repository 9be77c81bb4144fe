import { purposeNameById } from '../catalogue/purpose-copy/names'
import type { Lang } from '../catalogue/types'

/**
 * A purpose's name for an id that came from elsewhere (a stored event, the backend, a link):
 * an id this build does not know is shown as it is rather than as nothing.
 */
export function purposeName(id: string, lang: Lang): string {
  return purposeNameById[id]?.[lang] ?? id
}
