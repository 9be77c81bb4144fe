/**
 * `npm run trace [-- --json]`: for every paragraph of the policy that promises the user
 * something (src/catalogue/promises.ts), the catalogue purposes that cite it, the source files
 * whose comments cite it, and the tests that name it; then the paragraphs that have none.
 * A test proves a clause when its name starts with or contains "§<clause>" (e.g.
 * `it('§3.4(a) unsubscribes by replying to the SMS')`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { promiseParagraphs } from '../src/catalogue/promises'
import { purposes } from '../src/catalogue/purposes'

const ROOT = resolve(__dirname, '..')

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) files(path, out)
    else if (/\.(ts|tsx)$/.test(name)) out.push(path)
  }
  return out
}

/**
 * "§3.4(a)" cites 3.4(a); "§3.4(a)-(e)" cites (a) to (e); in code (not in test names, which
 * must name the item they prove) "§3.4" also cites every item of 3.4.
 */
function cites(text: string, clause: string, strict = false): boolean {
  const escaped = clause.replace(/[.()]/g, (c) => `\\${c}`)
  if (new RegExp(`§${escaped}(?![\\d.(])`).test(text)) return true
  const m = /^(\d+\.\d+)\(([a-z])\)$/.exec(clause)
  if (m) {
    const [, para, letter] = m
    const p = para!.replace('.', '\\.')
    if (!strict && new RegExp(`§${p}(?![\\d.(])`).test(text)) return true
    for (const r of text.matchAll(new RegExp(`§${p}\\(([a-z])\\)[-–]\\(([a-z])\\)`, 'g'))) {
      if (letter! >= r[1]! && letter! <= r[2]!) return true
    }
  }
  if (clause.startsWith('BF.')) return text.includes(clause)
  return false
}

const sourceFiles = ['src', 'mock-server'].flatMap((d) => files(join(ROOT, d)))
const testFiles = files(join(ROOT, 'test'))
const testNames = testFiles.flatMap((f) => {
  const text = readFileSync(f, 'utf8')
  return [...text.matchAll(/\b(?:it|test)\(\s*(['"`])(.+?)\1/g)].map((m) => ({
    file: relative(ROOT, f),
    name: m[2] ?? '',
  }))
})

const rows = promiseParagraphs.map((clause) => {
  const purposeIds = purposes
    .filter((p) => p.policyRefs.some((ref) => ref === clause || clause.startsWith(`${ref}(`)))
    .map((p) => p.id)
  const code = sourceFiles
    .filter((f) => !f.includes('/catalogue/policy/') && cites(readFileSync(f, 'utf8'), clause))
    .map((f) => relative(ROOT, f))
  const tests = testNames.filter((t) => cites(t.name, clause, true))
  return { clause, purposes: purposeIds, code, tests }
})

const missing = rows.filter((r) => r.tests.length === 0 || r.code.length + r.purposes.length === 0)

if (process.argv.includes('--json')) {
  process.stdout.write(
    JSON.stringify({ rows, missing: missing.map((r) => r.clause) }, null, 2) + '\n',
  )
} else {
  for (const r of rows) {
    process.stdout.write(
      `§${r.clause.padEnd(24)} purposes ${String(r.purposes.length).padStart(2)}  code ${String(r.code.length).padStart(3)}  tests ${String(r.tests.length).padStart(3)}${r.tests[0] ? `  e.g. "${r.tests[0].name.slice(0, 70)}"` : ''}\n`,
    )
  }
  process.stdout.write(
    missing.length === 0
      ? '\nEvery promise has code and a test.\n'
      : `\nWithout code or a test (${missing.length}): ${missing.map((r) => `§${r.clause}`).join(', ')}\n`,
  )
}
