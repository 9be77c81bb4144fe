/**
 * TEST_NOW=<ISO date or instant> moves "now" for a whole jest run, so CI can run the same tests
 * again years ahead and prove that none of them (and none of the app's rules they exercise)
 * only passes on the day it was written.
 *
 * How: global Date is replaced by a Proxy of itself whose Date.now(), `new Date()` and `Date()`
 * read the real clock plus a fixed offset (TEST_NOW minus the real time when the file first
 * loads). The clock keeps running, so timeouts, backoffs and durations behave as before;
 * `new Date(x)`, Date.UTC, Date.parse, the prototype and `instanceof Date` are untouched.
 * jest's fake timers still work on top of it: they capture this Date when installed and put it
 * back on useRealTimers() (a test that fakes Date sets its own "now", which wins).
 *
 * Where it applies:
 *  - every jest project lists this file first in setupFiles (jest.config.js), which shifts the
 *    test's own global Date (each test file runs in its own context with its own Date);
 *  - jest.config.js also requires it in jest's process and adds it to NODE_OPTIONS, so jest's
 *    workers and every process a test starts (the mock server in durability.test.ts, the
 *    retention command in retention.test.ts) run on the same moved clock.
 * Without TEST_NOW this file does nothing. Plain CommonJS: it must load through
 * `node --require` without any transform.
 */
'use strict'

const KEY = Symbol.for('indigo.test-clock')

function install(target) {
  const at = process.env.TEST_NOW
  if (!at || target.Date[KEY]) return
  const RealDate = target.Date
  const wanted = RealDate.parse(at)
  if (Number.isNaN(wanted)) throw new Error(`TEST_NOW is not a date: ${at}`)
  // One offset per process tree: a child started by a test inherits TEST_NOW_OFFSET_MS and
  // keeps the parent's clock instead of restarting it at TEST_NOW.
  const inherited = Number(process.env.TEST_NOW_OFFSET_MS)
  const offset =
    Number.isFinite(inherited) && process.env.TEST_NOW_OFFSET_MS !== undefined
      ? inherited
      : wanted - RealDate.now()
  process.env.TEST_NOW_OFFSET_MS = String(offset)
  const now = () => RealDate.now() + offset
  target.Date = new Proxy(RealDate, {
    construct: (Real, args, newTarget) =>
      Reflect.construct(Real, args.length === 0 ? [now()] : args, newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (Real, key) => (key === 'now' ? now : key === KEY ? true : Reflect.get(Real, key)),
  })
}

install(globalThis)

module.exports = { install }
