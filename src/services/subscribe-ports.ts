/**
 * WeChat subscribe messages (§3.3, §3.4): WeChat delivers a push only after the user accepted
 * the template in WeChat's own dialog, which may open only from a tap. Our consent to marketing
 * by WeChat push is recorded separately, in the ledger.
 */

/**
 * The user's standing choice for a template in WeChat's settings: 'accept' or 'reject' when
 * they ticked "always keep this choice" (WeChat then shows no dialog), 'ban' when the
 * template was banned, 'ask' when WeChat will ask.
 */
export type SubscribeSetting = 'accept' | 'reject' | 'ban' | 'ask'

export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'failed'

export interface SubscribeMessages {
  /** WeChat's remembered choice for the template (wx.getSetting withSubscriptions). */
  setting(templateId: string): Promise<SubscribeSetting>
  /** wx.requestSubscribeMessage for one template; call only from the user's tap. */
  request(templateId: string): Promise<SubscribeAnswer>
}
