import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { purposeCopy } from '../../src/catalogue/purpose-copy'
import { purposeWechatUse } from '../../src/catalogue/purpose-copy/wechat-use'
import { wechatInfoTypes } from '../../src/catalogue/wechat-privacy-apis'
import type { PrivacyGuideEntry } from '../../src/domain/wechat-privacy'
import { findPrivacyApis, readBuilt } from '../support/privacy-scan'
import { weappDist } from '../support/weapp-harness'

const root = path.resolve(__dirname, '../..')
const run = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/privacy-guide.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  })

interface Guide {
  readonly consolePath: { readonly 'zh-CN': string }
  readonly entries: readonly PrivacyGuideEntry[]
  readonly contact: { readonly email: string }
}

const guide = JSON.parse(run('--json')) as Guide
const text = run()
const built = readBuilt(weappDist)
/** The information types of WeChat's table that the built output touches, in table order. */
const builtTypes = (() => {
  const touched = new Set(findPrivacyApis(built).flatMap((f) => f.infoTypes))
  return wechatInfoTypes.map((t) => t.id).filter((id) => touched.has(id))
})()

describe('npm run privacy-guide: the 用户隐私保护指引 for WeChat’s console', () => {
  it('§1.5 lists exactly the information types the built output uses, so the console and the code cannot drift', () => {
    expect(builtTypes.length).toBeGreaterThan(0)
    expect(guide.entries.map((e) => e.typeId)).toEqual(builtTypes)
  })

  it('§1.5 §8.1 each type carries the purpose catalogue’s purpose and retention words', () => {
    for (const e of guide.entries) {
      expect(e.use['zh-CN'].length).toBeGreaterThan(0)
      expect(e.sentence['zh-CN']).toContain(e.use['zh-CN'])
      expect(e.sentence['zh-CN']).toContain(e.wording['zh-CN'])
      for (const id of e.purposeIds) {
        expect(e.use['zh-CN']).toContain(purposeWechatUse[id]['zh-CN'])
        expect(e.retention.map((r) => r.text['zh-CN'])).toContain(
          purposeCopy[id].retention['zh-CN'],
        )
      }
      expect(e.retention.length).toBeGreaterThan(0)
    }
    const location = guide.entries.find((e) => e.typeId === 'location')
    expect(location?.purposeIds).toEqual(['precise-location'])
  })

  it('§10.2 names the Data Protection Officer’s contact and where to paste it, zh-CN first, then en', () => {
    expect(guide.contact.email).toBe('info@indigobeijing.com')
    expect(guide.consolePath['zh-CN']).toBe('微信公众平台 → 设置 → 服务内容声明 → 用户隐私保护指引')
    const zh = text.indexOf('用户隐私保护指引')
    const en = text.indexOf('User privacy guidelines')
    expect(zh).toBeGreaterThanOrEqual(0)
    expect(en).toBeGreaterThan(zh)
    for (const e of guide.entries) {
      const at = text.indexOf(e.sentence['zh-CN'])
      expect(at).toBeGreaterThan(zh)
      expect(at).toBeLessThan(en)
      expect(text.indexOf(e.sentence.en)).toBeGreaterThan(en)
    }
  })
})
