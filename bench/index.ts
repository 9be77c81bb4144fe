/**
 * `npm run bench`: size and speed figures, measured in one run on this machine, next to the
 * budgets (reported, never asserted) and a bare Taro hello-world built in the same run.
 * Prints a table and writes .bench/results.json. BENCH_QUICK=1 skips the server/sync benches.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { measurePaint } from './paint'

const ROOT = resolve(__dirname, '..')
const OUT = join(ROOT, '.bench')
const HELLO = join(ROOT, 'bench/hello-world')
const KB = 1024

function run(cmd: string, args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`)
}

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0
  return readdirSync(dir).reduce((n, name) => {
    const p = join(dir, name)
    return n + (statSync(p).isDirectory() ? dirBytes(p) : statSync(p).size)
  }, 0)
}

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined
}

/** Main package = everything outside the subpackage roots (WeChat counts it that way). */
function weappSizes(dist: string) {
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[]
  }
  const subpackages = Object.fromEntries(
    (app.subPackages ?? []).map((p) => [p.root, dirBytes(join(dist, p.root))]),
  )
  const totalBytes = dirBytes(dist)
  const sub = Object.values(subpackages).reduce((a, b) => a + b, 0)
  return { mainBytes: totalBytes - sub, subpackages, totalBytes }
}

/** Minified (esbuild) and gzip size of the code the given export lines pull in. */
async function bundleSize(lines: readonly string[]) {
  const result = await build({
    stdin: { contents: lines.join('\n'), resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    charset: 'utf8',
    external: ['zustand', 'zustand/*', 'dayjs'],
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return { minBytes: code.byteLength, gzipBytes: gzipSync(code).byteLength }
}

/**
 * The consent core: purpose catalogue (its rules) + domain rules + store, without the policy
 * text. The purposes' words (src/catalogue/purpose-copy) are not part of it: they ship with the
 * choices subpackage's pages, and are measured on their own (copyMinBytes, copyGzipBytes).
 */
async function coreSize() {
  const core = await bundleSize([
    "export * from './src/catalogue/purposes'",
    "export * from './src/domain/ledger'",
    "export * from './src/domain/outbox'",
    "export * from './src/domain/marketing'",
    "export * from './src/domain/minors'",
    "export { createAppStore } from './src/store/create-app-store'",
    "export { storeDeps } from './src/store/store-deps'",
    "export { selectConsentState } from './src/store/selectors'",
  ])
  const copy = await bundleSize(["export * from './src/catalogue/purpose-copy'"])
  return { ...core, copyMinBytes: copy.minBytes, copyGzipBytes: copy.gzipBytes }
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  if (process.env.BENCH_QUICK !== '1') {
    run('npx', ['tsx', 'bench/server.ts'])
    run('npx', ['tsx', 'bench/sync.ts'])
  }
  run('npx', ['taro', 'build', '--type', 'weapp'])
  run('npx', ['taro', 'build', '--type', 'weapp'], HELLO)
  run('npx', ['jest', '-c', 'jest.bench.config.js'])
  run('npx', ['taro', 'build', '--type', 'h5'], ROOT, { API_BASE_URL: 'http://127.0.0.1:9' })
  run('npx', ['taro', 'build', '--type', 'h5'], HELLO)

  const weapp = weappSizes(join(ROOT, 'dist/weapp'))
  const hello = weappSizes(join(HELLO, 'dist/weapp'))
  const core = await coreSize()
  const metrics = readJson<{
    pages: Record<string, { setDataCalls: number; setDataBytes: number; wxmlNodes: number }>
    toggle: { calls: number; bytes: number }
  }>(join(OUT, 'weapp.json'))
  const pages = Object.values(metrics?.pages ?? {})
  const paint = await measurePaint(join(ROOT, 'dist/h5'), join(HELLO, 'dist/h5'))
  const serverRun = readJson<{
    server: { acceptedEventsPerSecond: number; p50Ms: number; p99Ms: number }
    raw: { eventsPerSecondSameBatch: number }
    ratio: number
  }>(join(OUT, 'server.json'))
  const server = serverRun && {
    eventsPerSec: serverRun.server.acceptedEventsPerSecond,
    rawInsertsPerSec: serverRun.raw.eventsPerSecondSameBatch,
    ratio: serverRun.ratio,
    p50Ms: serverRun.server.p50Ms,
    p99Ms: serverRun.server.p99Ms,
  }
  const sync = readJson<{ flush1000Ms: number; withdrawAckP95Ms: number }>(join(OUT, 'sync.json'))

  const results = {
    weapp: { ...weapp, helloWorldBytes: hello.totalBytes, limitBytes: 2 * KB * KB },
    core,
    setData: {
      toggleCalls: metrics?.toggle.calls ?? null,
      toggleBytes: metrics?.toggle.bytes ?? null,
      maxFirstRenderBytes: Math.max(0, ...pages.map((p) => p.setDataBytes)),
      pages: metrics?.pages ?? {},
    },
    wxml: { maxNodes: Math.max(0, ...pages.map((p) => p.wxmlNodes)) },
    h5: paint,
    server: server ?? null,
    sync: sync ?? null,
  }
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n')

  const kb = (n: number | null | undefined) => (n == null ? '–' : `${(n / KB).toFixed(1)} KB`)
  const row = (figure: string, value: string, budget: string, ok: boolean | null) => ({
    figure,
    value,
    budget,
    '': ok === null ? '' : ok ? 'ok' : 'OVER',
  })
  console.table([
    row('weapp main package', kb(weapp.mainBytes), '≤ 400 KB', weapp.mainBytes <= 400 * KB),
    ...Object.entries(weapp.subpackages).map(([root, bytes]) =>
      row(`  subpackage ${root}`, kb(bytes), '', null),
    ),
    row('weapp total', kb(weapp.totalBytes), '≤ 2 MB (WeChat)', weapp.totalBytes <= 2 * KB * KB),
    row('bare Taro hello world', kb(hello.totalBytes), '', null),
    row(
      'consent core (min / gzip)',
      `${kb(core.minBytes)} / ${kb(core.gzipBytes)}`,
      '≤ 15 KB gzip',
      core.gzipBytes <= 15 * KB,
    ),
    row(
      '  purpose words (min / gzip), with the choices subpackage',
      `${kb(core.copyMinBytes)} / ${kb(core.copyGzipBytes)}`,
      'not in the core',
      null,
    ),
    row(
      'one toggle: setData calls',
      String(results.setData.toggleCalls ?? '–'),
      '1',
      results.setData.toggleCalls === 1,
    ),
    row(
      'one toggle: setData bytes',
      String(results.setData.toggleBytes ?? '–'),
      '≤ 1 KB',
      (results.setData.toggleBytes ?? Infinity) <= KB,
    ),
    row(
      'largest first render (setData)',
      kb(results.setData.maxFirstRenderBytes),
      '≤ 64 KB',
      results.setData.maxFirstRenderBytes <= 64 * KB,
    ),
    row(
      'most WXML nodes on a page',
      String(results.wxml.maxNodes),
      '≤ 1,000',
      results.wxml.maxNodes <= 1000,
    ),
    row(
      `notice FCP / LCP / TBT (ms), median of ${paint.loads} loads`,
      `${paint.fcpMs} / ${paint.lcpMs} / ${paint.tbtMs}`,
      '',
      null,
    ),
    row('hello world LCP (ms), in turns with the notice', String(paint.helloWorldLcpMs), '', null),
    row(
      '  notice LCP ÷ hello world LCP (LCP ranges)',
      `${(paint.lcpMs / paint.helloWorldLcpMs).toFixed(2)}× (${paint.lcpRangeMs.join('–')} / ${paint.helloWorldLcpRangeMs.join('–')})`,
      '≤ 1.2×',
      paint.lcpMs <= 1.2 * paint.helloWorldLcpMs,
    ),
    row(
      'server events/s (raw inserts/s)',
      server ? `${server.eventsPerSec} (${server.rawInsertsPerSec})` : '–',
      '',
      null,
    ),
    row('server p99 (ms)', server ? String(server.p99Ms) : '–', '', null),
    row('sync: 1,000 queued events (ms)', sync ? String(sync.flush1000Ms) : '–', '', null),
    row('sync: withdrawal → ack p95 (ms)', sync ? String(sync.withdrawAckP95Ms) : '–', '', null),
  ])
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)
