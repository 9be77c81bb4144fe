/** Admin and webhook routes: §3.4 opt-out paths and §7 audiences (the link's are in ./unsubscribe). */
import { z } from 'zod/mini'
import { marketingChannels } from '../catalogue/types'
import { bilingual, epochMs, shortText } from './common'

export const audienceQuery = z.object({
  channel: z.enum(marketingChannels),
  /** §9.3(a): personalised push also needs the user not to have opted out of automated decisions. */
  personalised: z.optional(z.enum(['true', 'false'])),
})
export const audienceResponse = z.object({
  channel: z.enum(marketingChannels),
  members: z.array(z.object({ userId: z.string(), contact: z.optional(z.string()) })),
})

/** §3.4(a): the SMS gateway posts inbound replies here. */
export const smsInboundBody = z.object({
  from: shortText(32),
  text: z.string().check(z.maxLength(1000)),
})
export const smsInboundResponse = z.object({
  action: z.enum(['unsubscribed', 'ignored']),
  matchedUsers: z.int(),
})

export const unsubscribeScope = z.enum([...marketingChannels, 'all'])
export const issueUnsubscribeTokenBody = z.object({
  userId: shortText(64),
  channel: unsubscribeScope,
  /** seconds; default 30 days */
  ttlSeconds: z.optional(z.int().check(z.minimum(60), z.maximum(90 * 24 * 3600))),
})
export const unsubscribeTokenResponse = z.object({
  token: z.string(),
  /** The H5 unsubscribe page with the token (opened from an SMS/email link). */
  url: z.string(),
  /** The same page inside the mini program, for a WeChat URL Link. */
  miniProgramPath: z.string(),
  expiresAt: epochMs,
})
/** §3.4(d) call-centre and §3.4(e) DPO: identify the member by id or by phone. */
export const adminOptOutBody = z.object({
  userId: z.optional(shortText(64)),
  phone: z.optional(shortText(32)),
  /** (d): the channel of the call (default phone); (e): ignored, every channel stops. */
  channel: z.optional(unsubscribeScope),
  note: z.optional(shortText(500)),
})
export const adminOptOutResponse = z.object({ userId: z.string(), withdrawn: z.array(z.string()) })

export const verifyLedgerResponse = z.object({
  ok: z.boolean(),
  users: z.int(),
  entries: z.int(),
  broken: z.array(z.object({ userId: z.string(), seq: z.int(), reason: z.string() })),
})

/** §3.4(b) the link itself (GET): not in the app, whose unsubscribe page only POSTs. */
export const unsubscribeQuery = z.object({ token: shortText(1024) })
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
