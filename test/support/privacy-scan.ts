import fs from 'fs'
import path from 'path'
import { wechatInfoTypes, type WechatPrivacyApi } from '../../src/catalogue/wechat-privacy-apis'
import { apiLabel } from '../../src/domain/wechat-privacy'

/** The built files the scanner reads: scripts, templates, and app.json as WeChat gets it. */
export interface BuiltOutput {
  readonly js: readonly { readonly file: string; readonly text: string }[]
  readonly wxml: readonly { readonly file: string; readonly text: string }[]
  readonly appJson: {
    readonly requiredPrivateInfos?: readonly string[]
    readonly permission?: Readonly<Record<string, { readonly desc?: string }>>
  } & Record<string, unknown>
}

export function readBuilt(dist: string): BuiltOutput {
  const js: { file: string; text: string }[] = []
  const wxml: { file: string; text: string }[] = []
  const walk = (dir: string): void => {
    for (const name of fs.readdirSync(dir)) {
      const p = path.join(dir, name)
      if (fs.statSync(p).isDirectory()) walk(p)
      else if (name.endsWith('.js')) js.push({ file: path.relative(dist, p), text: read(p) })
      else if (name.endsWith('.wxml')) wxml.push({ file: path.relative(dist, p), text: read(p) })
    }
  }
  const read = (p: string) => fs.readFileSync(p, 'utf8')
  walk(dist)
  const appJson = JSON.parse(read(path.join(dist, 'app.json'))) as BuiltOutput['appJson']
  return { js, wxml, appJson }
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const quoted = (s: string) => `["'\`]${esc(s)}["'\`]`

/**
 * A call of the interface, however minified: `d().getLocation(`, `wx["getLocation"](`, or
 * `wx.getLocation` handed on as a value. Taro's own tables list every API name as a bare
 * string ("getLocation",) and never match.
 */
const callPattern = (name: string) =>
  new RegExp(
    `(?:\\.\\s*${esc(name)}|\\[\\s*${quoted(name)}\\s*\\])\\s*\\(|\\bwx\\s*\\.\\s*${esc(name)}\\b`,
  )

/**
 * Which files of the build use an interface. wx.authorize is called with the scope a purpose
 * names (its wechatScope), so a scope counts when authorize is called at all and the scope
 * appears as a value (`scope:"scope.camera"`, `wechatScope:"scope.camera"`); the i18n label
 * keys ("scope.camera":"…") do not.
 */
export function filesUsing(built: BuiltOutput, api: WechatPrivacyApi): string[] {
  const inJs = (re: RegExp) => built.js.filter((f) => re.test(f.text)).map((f) => f.file)
  const inWxml = (re: RegExp) => built.wxml.filter((f) => re.test(f.text)).map((f) => f.file)
  switch (api.kind) {
    case 'call':
      return inJs(callPattern(api.name))
    case 'authorize': {
      if (inJs(callPattern('authorize')).length === 0) return []
      return inJs(new RegExp(`\\b(?:wechatScope|scope)\\s*:\\s*${quoted(api.scope)}`))
    }
    case 'open-type':
      return [
        ...inJs(new RegExp(`\\bopenType\\s*:\\s*${quoted(api.name)}`)),
        ...inWxml(new RegExp(`\\bopen-type\\s*=\\s*${quoted(api.name)}`)),
      ]
    case 'input-type':
      return [
        ...inJs(new RegExp(`\\btype\\s*:\\s*${quoted(api.name)}`)),
        ...inWxml(new RegExp(`<input\\b[^>]*\\btype\\s*=\\s*${quoted(api.name)}`)),
      ]
    case 'component':
      return inWxml(new RegExp(`<${esc(api.name)}[\\s/>]`))
    case 'method': {
      if (inJs(callPattern(api.factory)).length === 0) return []
      return inJs(new RegExp(`\\.\\s*${esc(api.name)}\\s*\\(`))
    }
  }
}

export interface FoundApi {
  readonly api: WechatPrivacyApi
  readonly label: string
  /** WeChat's information types the interface is listed under (<live-pusher> has two). */
  readonly infoTypes: readonly string[]
  readonly files: readonly string[]
}

/** Every interface of WeChat's privacy table that the built output uses. */
export function findPrivacyApis(built: BuiltOutput): FoundApi[] {
  const byLabel = new Map<string, FoundApi>()
  for (const type of wechatInfoTypes) {
    for (const { api } of type.apis) {
      const label = apiLabel(api)
      const files = filesUsing(built, api)
      if (files.length === 0) continue
      const prev = byLabel.get(label)
      byLabel.set(label, {
        api,
        label,
        infoTypes: [...(prev?.infoTypes ?? []), type.id],
        files: [...new Set([...(prev?.files ?? []), ...files])],
      })
    }
  }
  return [...byLabel.values()].sort((a, b) => a.label.localeCompare(b.label))
}

/** What is in `a` and not in `b`, sorted. */
export const missingFrom = (a: readonly string[], b: readonly string[]): string[] =>
  [...new Set(a)].filter((x) => !b.includes(x)).sort()
