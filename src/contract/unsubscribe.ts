/**
 * §3.4(b) the one-click unsubscribe link's schemas. Apart from ./admin: the unsubscribe page is in
 * the main package, the admin side never is in the app.
 */
import { z } from 'zod/mini'
import { shortText } from './common'

export const unsubscribeBody = z.object({ token: shortText(1024) })
export const unsubscribeResponse = z.object({
  unsubscribed: z.array(z.string()),
  message: z.object({ 'zh-CN': z.string(), en: z.string() }),
})
