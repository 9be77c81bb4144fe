import fs from 'fs'
import path from 'path'
import { purposeCopy, purposeNames } from '../../src/catalogue/purpose-copy'
import { purposes } from '../../src/catalogue/purposes'
import { consent as enConsent } from '../../src/i18n/en/consent'
import { choices } from '../../src/i18n/zh-cn/choices'
import { consent } from '../../src/i18n/zh-cn/consent'
import { about } from '../../src/i18n/zh-cn/about'
import { member } from '../../src/i18n/zh-cn/member'
import { rights } from '../../src/i18n/zh-cn/rights'
import { mainMessages } from '../../src/i18n/main-messages'
import { weappDist } from '../support/weapp-harness'

/**
 * Every string leaf of a messages object (functions are left out: their text is code), except
 * those the minifier may write with escapes (quotes, backslashes, line breaks).
 */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return /["'\\\n]/.test(value) ? [] : [value]
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

/** The JavaScript WeChat downloads at start: every .js outside the subpackage roots. */
function mainPackageJs(): string {
  const app = JSON.parse(fs.readFileSync(path.join(weappDist, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[]
  }
  const roots = (app.subPackages ?? []).map((p) => path.join(weappDist, p.root))
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir).flatMap((name) => {
      const p = path.join(dir, name)
      if (fs.statSync(p).isDirectory()) return roots.includes(p) ? [] : walk(p)
      return p.endsWith('.js') ? [fs.readFileSync(p, 'utf8')] : []
    })
  return walk(weappDist).join('\n')
}

describe('the weapp main package (≤ 400 KB, bench/index.ts)', () => {
  const main = mainPackageJs()
  const shared = new Set([...strings(mainMessages['zh-CN']), ...strings(mainMessages.en)])

  it.each([
    ['rights', rights],
    ['member', member],
    ['about', about],
    ['choices', choices],
    // The consent center's and separate-consent screens' strings moved to choices.
    ['consent', consent],
    ['consent (en)', enConsent],
  ])('carries none of the %s subpackage strings (they load with their pages)', (name, feature) => {
    // Short strings ("返回") could occur anywhere; a sentence only where it is used. An English
    // phrase needs more letters than a Chinese one to be a sentence ("What we collect" is in
    // the notice's own words).
    const min = name.endsWith('(en)') ? 30 : 12
    const own = strings(feature).filter((s) => s.length >= min && !shared.has(s))
    expect(own.length).toBeGreaterThan(5)
    expect(own.filter((s) => main.includes(s))).toEqual([])
  })

  it('carries no purpose description, retention, refusal or recipients words: they load with the choices pages', () => {
    // The words of each purpose, both languages; a long sentence occurs only where it is used.
    // Words built from shared parts (e.g. the marketing channels) are checked by their parts.
    const words = purposes.flatMap((p) => {
      const c = purposeCopy[p.id]
      return [c.description, c.retention, c.ifRefused, c.recipients].flatMap((b) => [
        b['zh-CN'],
        b.en,
      ])
    })
    const own = [...new Set(words.flatMap(strings))].filter((s) => s.length >= 20)
    expect(own.length).toBeGreaterThan(100)
    expect(own.filter((s) => main.includes(s))).toEqual([])
    // The names stay: the unsubscribe page (main package) names the channels it stopped.
    expect(main.includes(purposeNames['marketing-sms']['zh-CN'])).toBe(true)
  })

  it('carries no route of the rights, member, verification or admin tables (they load with their subpackages or never)', () => {
    // The schemas come with the routes: a path here would mean the whole table is bundled.
    for (const p of ['/v1/admin/', '/v1/rights-requests', '/v1/verification/', '/v1/me/plates'])
      expect(main.includes(p) ? p : null).toBeNull()
    // The main package's own routes stay (the sync engine and the unsubscribe page call them).
    for (const p of ['/v1/consents/events', '/v1/unsubscribe', '/v1/me/profile'])
      expect(main.includes(p) ? p : p + ' missing').toBe(p)
  })

  it('still carries the strings of its own pages', () => {
    const sentences = strings(mainMessages.en).filter((s) => s.length >= 12)
    expect(sentences.length).toBeGreaterThan(50)
    expect(sentences.filter((s) => !main.includes(s))).toEqual([])
  })

  it('§1.5 keeps the start page, the notice and the unsubscribe link target; the consent pages are a subpackage preloaded from the first screens', () => {
    const app = JSON.parse(fs.readFileSync(path.join(weappDist, 'app.json'), 'utf8')) as {
      pages: string[]
      subPackages: { root: string; pages: string[] }[]
      preloadRule?: Record<string, { network?: string; packages: string[] }>
    }
    expect(app.pages).toEqual([
      'pages/index/index',
      'pages/notice/index',
      'pages/unsubscribe/index',
    ])
    const choices = app.subPackages.find((p) => p.root === 'packages/choices')
    expect(choices?.pages).toEqual(
      expect.arrayContaining([
        'pages/center/index',
        'pages/separate/index',
        'pages/what-changed/index',
      ]),
    )
    // The first tap on "My consents" must not wait for a download.
    for (const first of ['pages/index/index', 'pages/notice/index'])
      expect(app.preloadRule?.[first]).toEqual({ network: 'all', packages: ['packages/choices'] })
  })
})
