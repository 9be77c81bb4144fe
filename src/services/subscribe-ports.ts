/**
 * WeChat subscribe messages, for service notices only (§3.5): WeChat delivers one message per
 * "accept" in its own dialog, and opens that dialog only from the user's tap. Marketing by WeChat
 * push is not this: it is a consent in the ledger, sent through the Official Account (§3.1(g)).
 */

/** WeChat's answer for one template; 'failed' when the dialog did not open (no tap, an error). */
export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'failed'

export interface SubscribeMessages {
  /**
   * wx.requestSubscribeMessage for up to three templates in one dialog. Call it synchronously
   * from the tap's handler, before anything is awaited: WeChat refuses a call made later
   * ("can only be invoked by user TAP gesture"). Never rejects: a failure answers 'failed'.
   * A template the user told WeChat to "always keep" answers at once, without a dialog.
   */
  request(templateIds: readonly string[]): Promise<Readonly<Record<string, SubscribeAnswer>>>
}
