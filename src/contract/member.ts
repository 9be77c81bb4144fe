/** Member data behind consent gates (BF.wechat-mini-program, §3.1, §7): profile, plates, receipts, points. */
import { z } from 'zod/mini'
import { bilingual, clientKey, epochMs, shortText } from './common'
import { profileDto } from './profile'

/**
 * §3.1(b): the getPhoneNumber button's one-time code. The backend exchanges it for the number
 * WeChat verified (phonenumber.getPhoneNumber); the mock takes `mockphone:<11 digits>`.
 */
export const bindPhoneBody = z.object({ code: shortText(256) })

export const plateDto = z.object({
  id: z.string(),
  plate: z.string(),
  kind: z.string(),
  createdAt: epochMs,
})
export const addPlateBody = z.object({ plate: shortText(32) })
export const plateList = z.object({ plates: z.array(plateDto) })

export const receiptMimeTypes = ['image/jpeg', 'image/png', 'image/webp'] as const
/** 2 MiB decoded: a phone photo of a till receipt, compressed by the app first. */
export const RECEIPT_MAX_BYTES = 2 * 1024 * 1024

export const uploadReceiptBody = z.object({
  /**
   * One key per chosen photo, kept by the app across retries and restarts: the same key
   * answers the same receipt, so a retried upload never counts twice.
   */
  uploadKey: clientKey,
  mimeType: z.enum(receiptMimeTypes),
  /** base64 of the image bytes */
  imageBase64: z
    .string()
    .check(z.minLength(4), z.maxLength(Math.ceil((RECEIPT_MAX_BYTES * 4) / 3) + 4)),
  /** amount in fen */
  amountFen: z.int().check(z.minimum(1), z.maximum(100_000_000)),
  storeName: shortText(100),
  purchasedAt: epochMs,
})
/** A receipt is checked by the mall before its points count. */
export const receiptStatuses = ['pending', 'approved', 'rejected'] as const
export type ReceiptStatus = (typeof receiptStatuses)[number]

export const receiptDto = z.object({
  id: z.string(),
  storeName: z.string(),
  amountFen: z.int(),
  purchasedAt: epochMs,
  status: z.enum(receiptStatuses),
  /** what the receipt is worth: 1 point per whole yuan */
  points: z.int(),
  /** credited: `points` once approved, else 0 */
  pointsAwarded: z.int(),
  /** the app's upload key: after a restart the app sees whether its upload landed */
  uploadKey: z.optional(z.string()),
  reviewedAt: z.optional(epochMs),
  /** why it was rejected, in both languages */
  reviewReason: z.optional(bilingual),
  hasImage: z.boolean(),
  mimeType: z.optional(z.string()),
  sizeBytes: z.optional(z.int()),
  createdAt: epochMs,
})
export const receiptList = z.object({ receipts: z.array(receiptDto) })

export const pointsEntry = z.object({
  delta: z.int(),
  reason: z.string(),
  ref: z.string(),
  at: epochMs,
})
export const pointsDto = z.object({ balance: z.int(), history: z.array(pointsEntry) })
export const redeemBody = z.object({
  redemptionId: clientKey,
  rewardId: shortText(64),
  points: z.int().check(z.minimum(1), z.maximum(1_000_000)),
})
export const redemptionDto = z.object({
  redemptionId: z.string(),
  rewardId: z.string(),
  points: z.int(),
  balance: z.int(),
  at: epochMs,
})

/** §10.1(a): everything held about the user. */
export const exportDto = z.object({
  exportedAt: epochMs,
  profile: profileDto,
  consents: z.array(z.unknown()),
  ledger: z.array(z.unknown()),
  rightsRequests: z.array(z.unknown()),
  plates: z.array(z.unknown()),
  receipts: z.array(z.unknown()),
  points: pointsDto,
})

/** The mall's review of receipts (mock admin). */
export const adminReceiptsQuery = z.object({ status: z.optional(z.enum(receiptStatuses)) })
export const adminReceiptDto = z.extend(receiptDto, { userId: z.string() })
export const adminReceiptList = z.object({ receipts: z.array(adminReceiptDto) })
export const reviewReceiptBody = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: z.optional(bilingual),
})
