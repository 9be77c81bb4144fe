/**
 * WeChat subscribe-message templates (§3.3, §3.4(c)). Data only. The id is the template
 * configured in the mini program's admin console for marketing offers; WeChat asks the user
 * per template, from a tap.
 */
export const marketingOffersTemplateId = 'INDIGO-OFFERS-TEMPLATE'
