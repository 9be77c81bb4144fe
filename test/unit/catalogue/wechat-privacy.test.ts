import { purposeWechatUse } from '../../../src/catalogue/purpose-copy/wechat-use'
import { purposeById } from '../../../src/catalogue/purposes'
import {
  PERMISSION_DESC_MAX,
  wechatInfoTypes,
  wechatPrivacyUses,
  type WechatPrivacyApi,
} from '../../../src/catalogue/wechat-privacy-apis'
import {
  apiLabel,
  exclusiveConflicts,
  permissionFor,
  requiredPrivateInfosFor,
  tableEntries,
} from '../../../src/domain/wechat-privacy'
import { findPrivacyApis } from '../../support/privacy-scan'

const call = (name: string): WechatPrivacyApi => ({ kind: 'call', name })

describe('WeChat privacy interfaces (catalogue and rules)', () => {
  it('§2.2(b) the fuzzy location and any precise one are caught as WeChat’s mutually exclusive pair', () => {
    expect(exclusiveConflicts(['getFuzzyLocation', 'getLocation'])).toEqual([
      ['getFuzzyLocation', 'getLocation'],
    ])
    expect(exclusiveConflicts(['startLocationUpdate', 'getFuzzyLocation'])).toEqual([
      ['getFuzzyLocation', 'startLocationUpdate'],
    ])
    expect(exclusiveConflicts(['getLocation', 'chooseLocation', 'chooseAddress'])).toEqual([])
  })

  it('§2.2(b) requiredPrivateInfos lists only the location interfaces WeChat names, once, sorted', () => {
    const apis = [
      call('getLocation'),
      call('chooseMedia'),
      call('chooseAddress'),
      call('getLocation'),
    ]
    expect(requiredPrivateInfosFor(apis)).toEqual(['chooseAddress', 'getLocation'])
    expect(requiredPrivateInfosFor([{ kind: 'authorize', scope: 'scope.userLocation' }])).toEqual(
      [],
    )
  })

  it('§7.3 the permission desc is the purpose’s own phrase after the prefix, and a phrase past 30 characters fails the build', () => {
    const desc = permissionFor(wechatPrivacyUses, (id) => purposeWechatUse[id])
    expect(desc).toEqual({
      'scope.userLocation': {
        desc: `您的位置信息将用于${purposeWechatUse['precise-location']['zh-CN']}`,
      },
    })
    expect([...(desc['scope.userLocation']?.desc ?? '')].length).toBeLessThanOrEqual(
      PERMISSION_DESC_MAX,
    )
    const long = { 'zh-CN': '按'.repeat(22), en: 'long' }
    expect(() => permissionFor(wechatPrivacyUses, () => long)).toThrow(/31 characters/)
  })

  it('§1.5 each use sits on WeChat’s table under its type, cites purposes that exist, and its type has a guide sentence', () => {
    for (const use of wechatPrivacyUses) {
      const rows = tableEntries(use.api)
      expect({ api: apiLabel(use.api), types: rows.map((r) => r.type.id) }).toEqual({
        api: apiLabel(use.api),
        types: expect.arrayContaining([use.infoType]),
      })
      const type = wechatInfoTypes.find((t) => t.id === use.infoType)
      expect({ type: use.infoType, sentence: type && 'sentence' in type }).toEqual({
        type: use.infoType,
        sentence: true,
      })
      if ('purposes' in use.basis) {
        for (const id of use.basis.purposes) expect(purposeById[id]?.id).toBe(id)
      }
      expect(use.calledFrom.length).toBeGreaterThan(0)
    }
    // §2.2(b)(i), §7.1: the store finder's location is the precise one, behind separate consent.
    const location = wechatPrivacyUses.filter((u) => u.infoType === 'location')
    expect(location.map((u) => apiLabel(u.api)).sort()).toEqual([
      "wx.authorize({ scope: 'scope.userLocation' })",
      'wx.getLocation',
    ])
    expect(purposeById['precise-location']).toMatchObject({
      separateConsent: true,
      sensitive: true,
    })
  })

  it('§1.5 the scanner finds minified calls, scopes and components, and not Taro’s lists of API names', () => {
    const found = findPrivacyApis({
      js: [
        {
          file: 'app.js',
          text: [
            'const a=["getFuzzyLocation","chooseImage","setClipboardData"];',
            'async precise(){return d().getLocation({type:"gcj02"})}',
            'async authorize(e){await d().authorize({scope:e})}',
            'const p={id:"receipt-photos",wechatScope:"scope.camera"};',
            'const labels={"scope.userLocation":"精确位置","scope.writePhotosAlbum":"相册"};',
            '(0,o.jsx)(n.$n,{openType:"getPhoneNumber"})',
          ].join(''),
        },
      ],
      wxml: [
        { file: 'base.wxml', text: '<template name="tmpl_0_camera"><camera id="{{i.uid}}"/>' },
      ],
      appJson: {},
    })
    expect(found.map((f) => f.label)).toEqual([
      '<button open-type="getPhoneNumber">',
      '<camera>',
      "wx.authorize({ scope: 'scope.camera' })",
      'wx.getLocation',
    ])
    expect(found.find((f) => f.label === '<camera>')?.infoTypes).toEqual(['camera'])
  })
})
