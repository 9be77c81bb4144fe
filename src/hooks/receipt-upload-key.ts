/**
 * Where the receipt photo waiting to be sent is kept across restarts (§2.2(a)(v)). Apart from
 * the receipts hook so that the device wipe (§10.1(c)) can clear it without loading it.
 */
export const PENDING_UPLOAD_KEY = 'member.receipt-upload'
