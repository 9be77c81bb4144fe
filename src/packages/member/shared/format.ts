import type { Lang } from '../../../catalogue/types'
import { formatBeijingTime } from '../../../domain/beijing-time'
import type { MemberError } from '../../../hooks/use-member'
import type { MemberT } from '../../../i18n/features/member'

/** ¥ amounts are held in fen (the contract); shown with two decimals. */
export function yuan(fen: number): string {
  return (fen / 100).toFixed(2)
}

export { beijingDate } from '../../../domain/beijing-time'

/** The mall is in Beijing: times read in China time wherever the phone is ('MM-DD HH:mm'). */
export const beijingTime = (at: number): string => formatBeijingTime(at).slice(5)

/**
 * Our wording for a code we know (the server's consent-required message names the purpose by
 * its id), else the server's own bilingual message, else a general one.
 */
export function errorText(t: MemberT, lang: Lang, e: MemberError): string {
  const ours: Readonly<Record<string, string | undefined>> = t.member.errors
  return ours[e.code] ?? e.localized?.[lang] ?? t.member.errors.failed
}
