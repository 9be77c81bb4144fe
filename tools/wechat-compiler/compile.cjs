'use strict'
// WeChat's own compiler (miniprogram-ci, "extracted from WeChatDevtools") on the built weapp
// output, offline: what DevTools and an upload would refuse fails CI here first.
//
//   node tools/wechat-compiler/compile.cjs [weapp output folder] [--self-check]
//
// The folder defaults to WEAPP_DIST, else dist/weapp (relative to the repository root). It is
// copied into a temporary project whose project.config.json is the repository's own with
// miniprogramRoot pointing at the copy, so the compile reads the settings DevTools reads
// (useProjectConfig). --self-check first compiles a copy whose app.json WeChat must refuse
// (getLocation and getFuzzyLocation both in requiredPrivateInfos) and fails if it is accepted:
// a compiler that no longer checks app.json would let this gate pass anything.
// Exit code 0 only when every compile did what it should.
const crypto = require('crypto')
const fs = require('fs')
const os = require('os')
const path = require('path')
const vm = require('vm')

/** This tool's own output; console is miniprogram-ci's, collected below. */
const out = (line) => process.stdout.write(`${line}\n`)

const guardPath = path.join(__dirname, 'offline-guard.cjs')
const guard = require(guardPath)
// The compile runs in a process miniprogram-ci forks: it gets the same guard.
process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(guardPath)}`]
  .filter(Boolean)
  .join(' ')

const repoRoot = path.resolve(__dirname, '..', '..')
const args = process.argv.slice(2)
const selfCheck = args.includes('--self-check')
const distArg = args.find((a) => !a.startsWith('--'))
const dist = path.resolve(repoRoot, distArg ?? process.env.WEAPP_DIST ?? 'dist/weapp')
const timeoutMs = Number(process.env.WECHAT_COMPILE_TIMEOUT_MS ?? 180000)

// A compile that hangs (a request that never answers, a forked process that never reports)
// must not stall CI: give up and say so.
setTimeout(() => {
  out(`wechat-compiler: no result after ${timeoutMs} ms, giving up`)
  process.exit(1)
}, timeoutMs).unref()

/**
 * What miniprogram-ci prints through console: its warnings and errors are shown once at the
 * end; its progress chatter ("[summer-compiler] forkProcess ...") only with
 * WECHAT_COMPILE_VERBOSE=1. The failed fetch of the white ext list is expected offline (the
 * package falls back to its own list) and is reported with the refused hosts instead.
 */
const logged = []
for (const level of ['log', 'info', 'warn', 'error']) {
  const original = console[level].bind(console)
  console[level] = (...parts) => {
    if (process.env.WECHAT_COMPILE_VERBOSE) original(...parts)
    const line = parts.map((p) => (typeof p === 'string' ? p : String(p))).join(' ')
    if (/^\[(summer-compiler|miniprogram-builder)\]|^serialize /.test(line)) return
    if (/getwhiteextlist|white ext list/.test(line)) return
    if (/^\[(error|warn)/i.test(line) || level === 'error' || level === 'warn') logged.push(line)
  }
}

// miniprogram-ci is loaded after the guard and the console hook: it logs from require time on.
const ci = require('miniprogram-ci')
const { DefaultProjectAttr } = require('miniprogram-ci/dist/config/config')
const {
  schemaValidate,
} = require('miniprogram-ci/dist/modules/corecompiler/original/validate/schemaValidate')

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** A throwaway project around a copy of the output; `mutate` may edit the copy's app.json. */
function makeProject(mutate) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wechat-compiler-'))
  const root = path.join(dir, 'miniprogram')
  fs.cpSync(dist, root, { recursive: true })
  const config = readJson(path.join(repoRoot, 'project.config.json'))
  fs.writeFileSync(
    path.join(dir, 'project.config.json'),
    JSON.stringify({ ...config, miniprogramRoot: 'miniprogram/' }, null, 2),
  )
  if (mutate) {
    const appJson = path.join(root, 'app.json')
    fs.writeFileSync(appJson, JSON.stringify(mutate(readJson(appJson))))
  }
  // getCompiledResult uploads nothing, but a project needs a key: any RSA key will do.
  const { privateKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  })
  const project = new ci.Project({
    appid: config.appid,
    type: 'miniProgram',
    projectPath: dir,
    privateKey,
    // DevTools applies project.config.json's packOptions when it packs an upload; the CI
    // package takes them only here.
    ...(config.packOptions ? { packOptions: config.packOptions } : {}),
  })
  // The attributes (size limits and so on) would come from WeChat's servers: the package's own
  // defaults instead, so nothing is asked of the network.
  project.attr = async () => DefaultProjectAttr
  return { dir, project }
}

/**
 * Compiles with the settings DevTools and an upload take from project.config.json, or with
 * `setting` given; resolves to { files, statuses } or rejects with the compiler's error.
 */
async function compile(project, setting = { useProjectConfig: true }) {
  const statuses = []
  const files = await ci.getCompiledResult({
    project,
    version: '0.0.0',
    desc: 'tools/wechat-compiler',
    setting,
    onProgressUpdate: (task) => {
      if (typeof task === 'object' && task && (task.status === 'warn' || task.status === 'fail')) {
        statuses.push(task)
      }
    },
  })
  return { files, statuses }
}

/**
 * project.config.json keeps DevTools' minifiers off (Taro minifies itself), so the compile
 * above passes WXML and WXSS through unread. This one runs WeChat's WXML and WXSS parsers over
 * every file (their output is thrown away): an unclosed tag or block fails here, not on a phone.
 */
const parseCheckSetting = {
  useProjectConfig: false,
  es6: false,
  minifyWXML: true,
  minifyWXSS: true,
}

/** Every compiled .js must parse (V8 compiles it without running it): the file and line if not. */
function jsSyntaxErrors(files) {
  const errors = []
  for (const [name, content] of Object.entries(files)) {
    if (!name.endsWith('.js')) continue
    try {
      new vm.Script(String(content), { filename: name })
    } catch (error) {
      const where = String(error.stack ?? '').split('\n')[0]
      errors.push(`${where}: ${error.message}`)
    }
  }
  return errors
}

/** Bytes per package (main, then each subpackage root of app.json) against WeChat's limits. */
function packageSizes(files) {
  const app = readJson(path.join(dist, 'app.json'))
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'))
  const sizes = new Map([['main', 0], ...roots.map((r) => [r, 0])])
  for (const [name, content] of Object.entries(files)) {
    const root = roots.find((r) => name.startsWith(r)) ?? 'main'
    sizes.set(root, sizes.get(root) + Buffer.byteLength(content))
  }
  return sizes
}

function limitErrors(sizes) {
  const mb = 1024 * 1024
  const { MaxCodeSize, MaxSubpackageSubCodeSize, MaxSubpackageFullCodeSize } =
    DefaultProjectAttr.setting
  const errors = []
  for (const [root, bytes] of sizes) {
    const limit = (root === 'main' ? MaxCodeSize : MaxSubpackageSubCodeSize) * mb
    if (bytes > limit) errors.push(`${root}: ${kb(bytes)} is over WeChat's ${limit / mb} MB`)
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0)
  if (total > MaxSubpackageFullCodeSize * mb) {
    errors.push(`all packages: ${kb(total)} is over WeChat's ${MaxSubpackageFullCodeSize} MB`)
  }
  return errors
}

/**
 * project.config.json and the sitemap against the JSON schemas DevTools checks them with (the
 * compile reads the first without checking it and only copies the second). Unknown keys are
 * warnings, as in DevTools; a wrong type or value, or a missing required key, is an error.
 */
function schemaProblems() {
  const checks = [
    ['projectconfig', path.join(repoRoot, 'project.config.json'), 'project.config.json'],
  ]
  const { sitemapLocation } = readJson(path.join(dist, 'app.json'))
  if (sitemapLocation) {
    const sitemap = path.join(dist, sitemapLocation)
    if (!fs.existsSync(sitemap)) {
      return { errors: [`app.json sitemapLocation ${sitemapLocation}: no such file`], warnings: [] }
    }
    checks.push(['sitemap', sitemap, `${sitemapLocation} of the weapp output`])
  }
  const errors = []
  const warnings = []
  for (const [schema, file, name] of checks) {
    const result = schemaValidate(schema, readJson(file))
    for (const e of result.error) {
      const where = [e.errorProperty, e.requireProperty].filter(Boolean).join(' ')
      const expected = e.correctType ? ` (expected ${e.correctType.flat().join(' | ')})` : ''
      errors.push(`${name}: ${e.errorType} ${where}${expected}`)
    }
    if (result.warning) warnings.push(`${name}: unknown keys ${result.warning}`)
  }
  return { errors, warnings }
}

/** The copy WeChat must refuse: both location APIs declared (they are mutually exclusive). */
function withBothLocationApis(app) {
  const declared = new Set([...(app.requiredPrivateInfos ?? []), 'getLocation', 'getFuzzyLocation'])
  return { ...app, requiredPrivateInfos: [...declared] }
}

async function runSelfCheck() {
  const { dir, project } = makeProject(withBothLocationApis)
  try {
    await compile(project)
    out('self-check FAILED: an app.json with getLocation and getFuzzyLocation was accepted')
    return false
  } catch (error) {
    const message = String(error?.message ?? error)
    if (!/getFuzzyLocation/.test(message) || !/getLocation/.test(message)) {
      out(`self-check FAILED: refused, but not for the location APIs: ${message}`)
      return false
    }
    out(`self-check ok: WeChat's compiler refuses the bad app.json (${firstLine(message)})`)
    return true
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

function firstLine(text) {
  return String(text).split('\n')[0].slice(0, 200)
}

async function runCompile() {
  const started = Date.now()
  const { dir, project } = makeProject()
  try {
    const { files, statuses } = await compile(project)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const sizes = packageSizes(files)
    const total = [...sizes.values()].reduce((a, b) => a + b, 0)
    out(`compiled ${Object.keys(files).length} files, ${kb(total)}, in ${seconds} s (${dist})`)
    for (const [root, bytes] of sizes) out(`  ${root.padEnd(20)} ${kb(bytes)}`)
    for (const task of statuses) out(`  ${task.status}: ${task.message}`)
    const schema = schemaProblems()
    for (const w of schema.warnings) out(`  warning: ${w}`)
    const errors = [...limitErrors(sizes), ...jsSyntaxErrors(files), ...schema.errors]
    try {
      const parsed = await compile(project, parseCheckSetting)
      for (const task of parsed.statuses) out(`  ${task.status} (WXML/WXSS parse): ${task.message}`)
      out(`  WXML and WXSS parse: ${Object.keys(parsed.files).length} files`)
    } catch (error) {
      errors.push(`WXML/WXSS parse: ${error?.message ?? error}`)
    }
    for (const e of errors) out(`  error: ${e}`)
    return errors.length === 0 && statuses.every((t) => t.status !== 'fail')
  } catch (error) {
    out(`compile FAILED (${dist}):\n${error?.message ?? error}`)
    return false
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function main() {
  if (!fs.existsSync(path.join(dist, 'app.json'))) {
    out(`no weapp output at ${dist}: build it first (npm run build:weapp)`)
    return false
  }
  const started = Date.now()
  const checked = selfCheck ? await runSelfCheck() : true
  const compiled = await runCompile()
  // What miniprogram-ci logged besides its results, the refused network requests included.
  const notes = [...new Set(logged.map(firstLine))]
  for (const line of notes) out(`  log: ${line}`)
  const hosts = [...new Set(guard.blocked)]
  if (hosts.length) out(`  offline: refused to contact ${hosts.join(', ')} (not needed to compile)`)
  const ok = checked && compiled
  out(`wechat-compiler: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return ok
}

main().then(
  (ok) => {
    // The compile process miniprogram-ci forked lingers: end it with this one.
    process.exit(ok ? 0 : 1)
  },
  (error) => {
    out(String(error?.stack ?? error))
    process.exit(1)
  },
)
