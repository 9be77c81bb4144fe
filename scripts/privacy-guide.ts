/**
 * `npm run privacy-guide`: what INDIGO fills in on WeChat's console for the 用户隐私保护指引
 * (微信公众平台 → 设置 → 服务内容声明 → 用户隐私保护指引), zh-CN first (what is typed in; the
 * Chinese version prevails, §15.1), then en. Every information type the app's privacy
 * interfaces touch (src/catalogue/wechat-privacy-apis.ts), each with the purpose and the
 * retention in the purpose catalogue's words, then the storage period (§8.1), the contact
 * (§10.2) and the notice method (§14.1). A test proves the types are exactly those the built
 * output uses (test/weapp/privacy-guide.test.ts).
 *
 *   npx tsx scripts/privacy-guide.ts          the text
 *   npx tsx scripts/privacy-guide.ts --json   the same as JSON
 */
import { currentPolicyVersion, policy, purposeCopy } from '../src/catalogue'
import { purposeWechatUse } from '../src/catalogue/purpose-copy/wechat-use'
import { rightByType } from '../src/catalogue/rights'
import type { Bilingual, Lang, PolicyParagraph } from '../src/catalogue/types'
import { guideNoticeMethod, wechatPrivacyUses } from '../src/catalogue/wechat-privacy-apis'
import { privacyGuideEntries, type PrivacyGuideEntry } from '../src/domain/wechat-privacy'

function paragraph(id: string): PolicyParagraph {
  const found = policy.sections.flatMap((s) => s.paragraphs).find((p) => p.id === id)
  if (!found) throw new Error(`the policy has no paragraph ${id}`)
  return found
}

const contactLines = paragraph('10.2').after ?? []
const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(contactLines.map((l) => l.en).join(' '))?.[0]
if (!email) throw new Error('§10.2 names no email address')

export interface PrivacyGuide {
  readonly consolePath: Bilingual
  readonly policyVersion: string
  /** §1.1: who "we" are; WeChat fills the developer in from the account's registered entity. */
  readonly developer: Bilingual
  readonly entries: readonly PrivacyGuideEntry[]
  readonly storage: { readonly policyRef: '8.1'; readonly text: Bilingual }
  readonly contact: {
    readonly policyRef: '10.2'
    readonly email: string
    readonly lines: readonly Bilingual[]
  }
  readonly noticeMethod: { readonly policyRef: '14.1'; readonly text: Bilingual }
}

const guide: PrivacyGuide = {
  consolePath: {
    'zh-CN': '微信公众平台 → 设置 → 服务内容声明 → 用户隐私保护指引',
    en: 'WeChat Official Accounts Platform → Settings → Service content declaration → User privacy guidelines',
  },
  policyVersion: currentPolicyVersion.version,
  developer: paragraph('1.1').text,
  entries: privacyGuideEntries(
    wechatPrivacyUses,
    (id) => purposeWechatUse[id],
    (id) => purposeCopy[id],
    (right) => rightByType[right],
  ),
  storage: { policyRef: '8.1', text: paragraph('8.1').text },
  contact: { policyRef: '10.2', email, lines: contactLines },
  noticeMethod: { policyRef: '14.1', text: guideNoticeMethod },
}

const labels = {
  'zh-CN': {
    title: '颐堤港隐私中心 · 用户隐私保护指引（微信后台填写内容）',
    where: '填写位置',
    version: '依据的隐私政策版本',
    developer: '一、开发者（微信按小程序主体自动填写，应与第1.1条一致）',
    handled: (n: number) => `二、开发者处理的信息（勾选以下 ${n} 项，“用途”逐字填写）`,
    use: '用途（填入空格）',
    shown: '展示为',
    retention: '保存期限',
    apis: '代码中的接口',
    storage: '三、开发者对信息的存储（存储期限，第8.1条）',
    contact: '四、联系方式（用户权益与投诉，第10.2条）',
    email: '邮箱（填入联系方式）',
    notice: '五、通知方式（第14.1条）',
  },
  en: {
    title: 'INDIGO Privacy Center · User privacy guidelines (what to fill in on WeChat)',
    where: 'Where',
    version: 'Policy version',
    developer: '1. Developer (WeChat fills it in from the registered entity; it should match §1.1)',
    handled: (n: number) =>
      `2. Information the developer handles (tick these ${n}; type each purpose)`,
    use: 'Purpose (the blank)',
    shown: 'Shown as',
    retention: 'Kept',
    apis: 'Interfaces in the code',
    storage: '3. Storage (storage period, §8.1)',
    contact: '4. Contact (user rights and complaints, §10.2)',
    email: 'Email (the contact field)',
    notice: '5. Notice method (§14.1)',
  },
} as const

function render(lang: Lang): string {
  const l = labels[lang]
  const out = [
    l.title,
    `${l.where}: ${guide.consolePath[lang]}`,
    `${l.version}: ${guide.policyVersion}`,
    '',
    l.developer,
    `  ${guide.developer[lang]}`,
    '',
    l.handled(guide.entries.length),
  ]
  guide.entries.forEach((e, i) => {
    out.push(`  ${i + 1}. ${e.name[lang]} — ${e.wording[lang]}`)
    out.push(`     ${l.use}: ${e.use[lang]}`)
    out.push(`     ${l.shown}: ${e.sentence[lang]}`)
    for (const r of e.retention) out.push(`     ${l.retention} · ${r.of[lang]}: ${r.text[lang]}`)
    out.push(`     ${l.apis}: ${e.apis.join(', ')}`)
  })
  out.push('', l.storage, `  ${guide.storage.text[lang]}`)
  out.push('', l.contact, `  ${l.email}: ${guide.contact.email}`)
  for (const line of guide.contact.lines) out.push(`  ${line[lang]}`)
  out.push('', l.notice, `  ${guide.noticeMethod.text[lang]}`)
  return out.join('\n')
}

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(guide, null, 2)}\n`)
} else {
  process.stdout.write(`${render('zh-CN')}\n\n${'—'.repeat(40)}\n\n${render('en')}\n`)
}
