import fs from 'fs'
import path from 'path'
import { weappDist } from '../support/weapp-harness'

interface SitemapRule {
  action: 'allow' | 'disallow'
  page: string
  params?: unknown[]
  matching?: string
  priority?: number
}

interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  sitemapLocation?: string
}

const app = JSON.parse(fs.readFileSync(path.join(weappDist, 'app.json'), 'utf8')) as AppJson
const sitemapFile = path.join(weappDist, app.sitemapLocation ?? 'sitemap.json')
const rules = fs.existsSync(sitemapFile)
  ? (JSON.parse(fs.readFileSync(sitemapFile, 'utf8')) as { rules: SitemapRule[] }).rules
  : []

/** Pages WeChat's search may index: what anyone may read, nothing of a person's. */
const publicPages = [
  'pages/index/index',
  'pages/notice/index',
  'packages/policy/pages/full-text/index',
]
/** Subpackages whose every page shows or asks for a person's data. */
const personalRoots = ['packages/member', 'packages/rights', 'packages/choices', 'packages/about']

const subPackages = app.subPackages ?? []
const allPages = [
  ...app.pages,
  ...subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`)),
]

/**
 * WeChat's reading of a sitemap: the first rule, by priority then in order, whose page is the
 * path or "*"; no rule means indexable. Exact for rules without params or matching, which the
 * test below requires.
 */
function indexable(page: string): boolean {
  const ordered = rules
    .map((rule, i) => ({ rule, i }))
    .sort((a, b) => (b.rule.priority ?? 0) - (a.rule.priority ?? 0) || a.i - b.i)
  const hit = ordered.find(({ rule }) => rule.page === page || rule.page === '*')
  return hit ? hit.rule.action === 'allow' : true
}

describe('the weapp sitemap (§8.2: no accidental disclosure through WeChat search)', () => {
  it('§8.2 app.json points WeChat at the sitemap, and the output carries src/sitemap.json', () => {
    expect(app.sitemapLocation).toBe('sitemap.json')
    const source = fs.readFileSync(path.resolve(__dirname, '../../src/sitemap.json'), 'utf8')
    expect(JSON.parse(fs.readFileSync(sitemapFile, 'utf8'))).toEqual(JSON.parse(source))
  })

  it('§8.2 every page of the member, rights, choices and about subpackages is kept out of the index', () => {
    const personal = subPackages.filter((p) => personalRoots.includes(p.root))
    expect(personal.map((p) => p.root).sort()).toEqual([...personalRoots].sort())
    const pages = personal.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))
    expect(pages.length).toBeGreaterThanOrEqual(16)
    expect(pages.filter(indexable)).toEqual([])
  })

  it('§8.2 only the start page, the notice and the policy text are indexable (unsubscribe links carry a token)', () => {
    expect(allPages).toEqual(expect.arrayContaining(publicPages))
    expect(allPages).toContain('pages/unsubscribe/index')
    expect(allPages.filter(indexable)).toEqual(publicPages)
  })

  it('§8.2 every page of app.json has its own rule, so a new page cannot fall through to the catch-all', () => {
    const named = new Set(rules.map((r) => r.page))
    expect(allPages.filter((page) => !named.has(page))).toEqual([])
    expect(rules.filter((r) => r.page !== '*' && !allPages.includes(r.page))).toEqual([])
    // Rules are plain page rules (no query matching or priorities), ending with the catch-all.
    expect(rules.filter((r) => r.params || r.matching || r.priority !== undefined)).toEqual([])
    expect(rules[rules.length - 1]).toEqual({ action: 'allow', page: '*' })
  })
})
