import { purposeWechatUse } from '../../src/catalogue/purpose-copy/wechat-use'
import {
  PERMISSION_DESC_MAX,
  requiredPrivateInfoNames,
  wechatPrivacyUses,
} from '../../src/catalogue/wechat-privacy-apis'
import {
  apiLabel,
  exclusiveConflicts,
  permissionScopesFor,
  requiredPrivateInfosFor,
  tableEntries,
} from '../../src/domain/wechat-privacy'
import { findPrivacyApis, missingFrom, readBuilt } from '../support/privacy-scan'
import { weappDist } from '../support/weapp-harness'

/**
 * The built weapp output against WeChat's privacy-interface table: what the code calls must be
 * declared where WeChat looks (app.json), and nothing else. WeChat's compiler checks only the
 * exclusive location families; an undeclared call fails on the phone, at the call.
 */
const built = readBuilt(weappDist)
const found = findPrivacyApis(built)
const foundLabels = found.map((f) => f.label)
const declared = [...(built.appJson.requiredPrivateInfos ?? [])]
const permission = built.appJson.permission ?? {}

describe('WeChat privacy interfaces in the built output', () => {
  it('§1.5 every privacy interface the build calls is in the catalogue list, and every listed one is called', () => {
    const listed = wechatPrivacyUses.map((u) => apiLabel(u.api))
    expect({
      calledNotListed: missingFrom(foundLabels, listed),
      listedNotCalled: missingFrom(listed, foundLabels),
    }).toEqual({ calledNotListed: [], listedNotCalled: [] })
    // Each is filed under the information type WeChat files it under.
    for (const use of wechatPrivacyUses) {
      expect({
        api: apiLabel(use.api),
        types: tableEntries(use.api).map((t) => t.type.id),
      }).toEqual({ api: apiLabel(use.api), types: expect.arrayContaining([use.infoType]) })
    }
  })

  it('§2.2(b) app.json requiredPrivateInfos declares exactly the location interfaces the build calls', () => {
    const needed = requiredPrivateInfosFor(found.map((f) => f.api))
    const known: readonly string[] = requiredPrivateInfoNames
    expect({
      calledNotDeclared: missingFrom(needed, declared),
      declaredNotCalled: missingFrom(declared, needed),
      notAPrivateInfo: declared.filter((d) => !known.includes(d)),
    }).toEqual({ calledNotDeclared: [], declaredNotCalled: [], notAPrivateInfo: [] })
  })

  it('§2.2(b)(i) app.json declares one location family: never the fuzzy one with a precise one', () => {
    expect(exclusiveConflicts(declared)).toEqual([])
    // The store finder's family is the precise one (its purpose: precise-location, §7.1).
    expect(declared).toContain('getLocation')
    expect(foundLabels).not.toContain('wx.getFuzzyLocation')
  })

  it('§7.3 app.json permission explains exactly the scopes the build asks for, in the purpose catalogue’s words, within WeChat’s 30 characters', () => {
    const needed = permissionScopesFor(found.map((f) => f.api))
    expect(Object.keys(permission).sort()).toEqual(needed)
    for (const scope of needed) {
      const desc = permission[scope]?.desc ?? ''
      expect([...desc].length).toBeGreaterThan(0)
      expect([...desc].length).toBeLessThanOrEqual(PERMISSION_DESC_MAX)
      // Every purpose behind the interfaces needing this scope is named by its own phrase.
      const purposeIds = wechatPrivacyUses
        .filter((u) => tableEntries(u.api).some((t) => t.entry.permission === scope))
        .flatMap((u) => ('purposes' in u.basis ? u.basis.purposes : []))
      expect(purposeIds.length).toBeGreaterThan(0)
      for (const id of purposeIds) expect(desc).toContain(purposeWechatUse[id]['zh-CN'])
    }
  })

  it('§1.5 the declarations are worked out at build time: neither WeChat’s table nor the phrases ship', () => {
    const shipped = built.js.map((f) => f.text).join('\n')
    expect(shipped).toContain(permission['scope.userLocation']?.desc)
    // Only in the config object app.js carries, not as the catalogue modules' data.
    expect(shipped.split(purposeWechatUse['precise-location']['zh-CN']).length - 1).toBe(1)
    expect(shipped).not.toContain('收集你的位置信息')
    expect(shipped).not.toContain(purposeWechatUse['receipt-photos']['zh-CN'])
  })
})
