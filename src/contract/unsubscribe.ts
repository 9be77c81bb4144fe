/**
 * §3.4(b) the one-click unsubscribe link's schemas. Apart from ./admin: the unsubscribe page is in
 * the main package, the admin side never is in the app.
 */
import { z } from 'zod/mini'
import { bilingual, shortText } from './common'

export const unsubscribeQuery = z.object({ token: shortText(1024) })
export const unsubscribeBody = z.object({ token: shortText(1024) })
export const unsubscribeResponse = z.object({
  unsubscribed: z.array(z.string()),
  message: z.object({ 'zh-CN': z.string(), en: z.string() }),
})

/**
 * §3.4(b) GET on the link: a mail scanner's prefetch (or HEAD) must stop nothing, so it only
 * says what a tap on the app's unsubscribe page would stop, and where that page is.
 */
export const unsubscribePreviewResponse = z.object({
  /** The marketing purposes a tap on the page would withdraw; nothing is withdrawn yet. */
  wouldUnsubscribe: z.array(z.string()),
  /** The app's unsubscribe page with this token (H5 address, and the mini-program path). */
  url: z.string(),
  miniProgramPath: z.string(),
  message: bilingual,
})
