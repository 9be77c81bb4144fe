import fs from 'fs'
import path from 'path'
import { choices } from '../../src/i18n/zh-cn/choices'
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

describe('the weapp main package (issue 9: main package ≤ 400 KB)', () => {
  const main = mainPackageJs()
  const shared = new Set(strings(mainMessages['zh-CN']))

  it.each([
    ['rights', rights],
    ['member', member],
    ['about', about],
    ['choices', choices],
  ])('carries none of the %s subpackage strings (they load with their pages)', (_, feature) => {
    // Short strings ("返回") could occur anywhere; a sentence only where it is used.
    const own = strings(feature).filter((s) => s.length >= 12 && !shared.has(s))
    expect(own.length).toBeGreaterThan(5)
    expect(own.filter((s) => main.includes(s))).toEqual([])
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
})
