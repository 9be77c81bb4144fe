/**
 * What WeChat must be told about the privacy interfaces the app uses, worked out from the one
 * list (src/catalogue/wechat-privacy-apis.ts): app.json's `requiredPrivateInfos` and
 * `permission`, and the entries of the 用户隐私保护指引 on WeChat's console, each with the
 * purpose and retention words of the purpose catalogue (§1.5: WeChat's own notice says what
 * ours says). Pure: src/app.config.ts runs it at build time, scripts/privacy-guide.ts and the
 * tests run it in node.
 */
import {
  exclusiveRequiredPrivateInfos,
  PERMISSION_DESC_MAX,
  permissionDescPrefix,
  requiredPrivateInfoNames,
  wechatInfoTypes,
  type RequiredPrivateInfo,
  type WechatInfoType,
  type WechatPrivacyApi,
  type WechatPrivacyApiEntry,
  type WechatPrivacyUse,
} from '../catalogue/wechat-privacy-apis'
import type { WechatUsePurposeId } from '../catalogue/purpose-copy/wechat-use'
import type { RightDefinition, RightsRequestType } from '../catalogue/rights'
import type { Bilingual, PurposeCopy } from '../catalogue/types'

/** A readable, unique name for an interface: wx.getLocation, <button open-type="…">, … */
export function apiLabel(api: WechatPrivacyApi): string {
  switch (api.kind) {
    case 'call':
      return `wx.${api.name}`
    case 'authorize':
      return `wx.authorize({ scope: '${api.scope}' })`
    case 'open-type':
      return `<button open-type="${api.name}">`
    case 'input-type':
      return `<input type="${api.name}">`
    case 'component':
      return `<${api.name}>`
    case 'method':
      return `${api.owner}.${api.name}`
  }
}

const tableTypes: readonly WechatInfoType[] = wechatInfoTypes

/** WeChat's table row and entry for an interface (a component may sit on two rows). */
export function tableEntries(
  api: WechatPrivacyApi,
): { type: WechatInfoType; entry: WechatPrivacyApiEntry }[] {
  const label = apiLabel(api)
  return tableTypes.flatMap((type) =>
    type.apis.filter((e) => apiLabel(e.api) === label).map((entry) => ({ type, entry })),
  )
}

const requiredNames: readonly string[] = requiredPrivateInfoNames
const isRequiredPrivateInfo = (name: string): name is RequiredPrivateInfo =>
  requiredNames.includes(name)

/** app.json `requiredPrivateInfos`: the used interfaces WeChat wants declared, sorted. */
export function requiredPrivateInfosFor(apis: readonly WechatPrivacyApi[]): RequiredPrivateInfo[] {
  const names = apis.flatMap((api) =>
    api.kind === 'call' && isRequiredPrivateInfo(api.name) ? [api.name] : [],
  )
  return [...new Set(names)].sort()
}

/** Pairs WeChat refuses in one `requiredPrivateInfos` (its compiler says "互斥"). */
export function exclusiveConflicts(declared: readonly string[]): [string, string][] {
  const has = new Set(declared)
  return exclusiveRequiredPrivateInfos.flatMap(([one, others]) =>
    has.has(one) ? others.filter((o) => has.has(o)).map((o): [string, string] => [one, o]) : [],
  )
}

/** app.json `permission` keys the used interfaces need, sorted. */
export function permissionScopesFor(apis: readonly WechatPrivacyApi[]): string[] {
  const scopes = apis.flatMap((api) => tableEntries(api).flatMap((t) => t.entry.permission ?? []))
  return [...new Set(scopes)].sort()
}

/** A purpose's phrase for WeChat (src/catalogue/purpose-copy/wechat-use.ts). */
export type WechatUseOf = (id: WechatUsePurposeId) => Bilingual

/** The words of a purpose, as the catalogue has them (src/catalogue/purpose-copy). */
export type CopyOf = (id: WechatUsePurposeId) => PurposeCopy

function useOf(use: WechatPrivacyUse, wechatUse: WechatUseOf): Bilingual[] {
  if ('right' in use.basis) return [use.basis.use]
  return use.basis.purposes.map(wechatUse)
}

const joinZh = (parts: readonly string[]) => [...new Set(parts)].join('；')
const joinEn = (parts: readonly string[]) => [...new Set(parts)].join('; ')

/**
 * app.json `permission`: for each scope the used interfaces need, a zh-CN `desc` made of the
 * purposes' phrases for WeChat. Throws when one would pass WeChat's 30-character limit, so a
 * build never ships a description WeChat cuts short.
 */
export function permissionFor(
  uses: readonly WechatPrivacyUse[],
  wechatUse: WechatUseOf,
): Record<string, { desc: string }> {
  const out: Record<string, { desc: string }> = {}
  for (const scope of permissionScopesFor(uses.map((u) => u.api))) {
    const serving = uses.filter((u) =>
      tableEntries(u.api).some((t) => t.entry.permission === scope),
    )
    const prefix = permissionDescPrefix[scope as keyof typeof permissionDescPrefix]
    const desc = `${prefix}${joinZh(serving.flatMap((u) => useOf(u, wechatUse).map((b) => b['zh-CN'])))}`
    if ([...desc].length > PERMISSION_DESC_MAX) {
      throw new Error(`permission ${scope} desc is ${[...desc].length} characters: ${desc}`)
    }
    out[scope] = { desc }
  }
  return out
}

/** One entry of the 用户隐私保护指引, as INDIGO types it into WeChat's console. */
export interface PrivacyGuideEntry {
  readonly typeId: string
  readonly privacyKey?: string
  readonly name: Bilingual
  readonly wording: Bilingual
  /** The purpose to type into the console's blank: WeChat adds 为了/用于 itself. */
  readonly use: Bilingual
  /** The whole sentence as WeChat will show it. */
  readonly sentence: Bilingual
  /** How long it is kept, per purpose (or for the right), from the catalogue. */
  readonly retention: readonly { readonly of: Bilingual; readonly text: Bilingual }[]
  readonly purposeIds: readonly WechatUsePurposeId[]
  readonly policyRefs: readonly string[]
  readonly apis: readonly string[]
  readonly calledFrom: readonly string[]
}

function sentenceOf(type: WechatInfoType, use: Bilingual): Bilingual {
  if (type.sentence === 'consent') {
    return {
      'zh-CN': `为了${use['zh-CN']}，开发者将在获取你的明示同意后，${type.wording['zh-CN']}。`,
      en: `To ${use.en}, the developer will ${type.wording.en} after getting your express consent.`,
    }
  }
  if (type.sentence === 'use') {
    return {
      'zh-CN': `开发者${type.wording['zh-CN']}，用于${use['zh-CN']}。`,
      en: `The developer will ${type.wording.en} to ${use.en}.`,
    }
  }
  throw new Error(`WeChat's guide sentence for ${type.id} is not recorded`)
}

/**
 * The entries of the 用户隐私保护指引: one per information type the uses touch, in the order of
 * WeChat's table, with the catalogue's purpose and retention words.
 */
export function privacyGuideEntries(
  uses: readonly WechatPrivacyUse[],
  wechatUse: WechatUseOf,
  copyOf: CopyOf,
  rightOf: (right: RightsRequestType) => Pick<RightDefinition, 'name' | 'policyRefs'>,
): PrivacyGuideEntry[] {
  return tableTypes.flatMap((type) => {
    const mine = uses.filter((u) => u.infoType === type.id)
    if (mine.length === 0) return []
    const uses_ = mine.flatMap((u) => useOf(u, wechatUse))
    const use = {
      'zh-CN': joinZh(uses_.map((b) => b['zh-CN'])),
      en: joinEn(uses_.map((b) => b.en)),
    }
    const purposeIds = [
      ...new Set(mine.flatMap((u) => ('purposes' in u.basis ? u.basis.purposes : []))),
    ]
    const retention = [
      ...purposeIds.map((id) => ({ of: copyOf(id).name, text: copyOf(id).retention })),
      ...mine.flatMap((u) =>
        'right' in u.basis ? [{ of: rightOf(u.basis.right).name, text: u.basis.retention }] : [],
      ),
    ]
    const policyRefs = [
      ...new Set(
        mine.flatMap((u) => ('right' in u.basis ? rightOf(u.basis.right).policyRefs : [])),
      ),
    ]
    const entry: PrivacyGuideEntry = {
      typeId: type.id,
      ...(type.privacyKey ? { privacyKey: type.privacyKey } : {}),
      name: type.name,
      wording: type.wording,
      use,
      sentence: sentenceOf(type, use),
      retention,
      purposeIds,
      policyRefs,
      apis: mine.map((u) => apiLabel(u.api)),
      calledFrom: [...new Set(mine.flatMap((u) => u.calledFrom))],
    }
    return [entry]
  })
}
