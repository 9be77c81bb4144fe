'use strict'
// Loaded with `--require` into the compiler's process and, through NODE_OPTIONS, into the
// compile process miniprogram-ci forks: every connection and name look-up leaves this machine
// only for a loopback address. miniprogram-ci asks WeChat's servers for project attributes and
// a "white ext list" even when it only compiles; both have offline defaults (compile.cjs gives
// the attributes; the list falls back to the package's own). Refusing here, before the DNS
// query, means not even the resolver is asked about a WeChat host, and a hung request cannot
// stall CI.
const dns = require('dns')
const net = require('net')

const blocked = []

function isLoopback(host) {
  if (host === undefined || host === null || host === '') return true // Node's default: localhost
  const h = String(host)
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    h === '::1' ||
    /^127\.\d+\.\d+\.\d+$/.test(h) ||
    /^::ffff:127\.\d+\.\d+\.\d+$/.test(h)
  )
}

function refusal(host) {
  blocked.push(String(host))
  const error = new Error(`offline: ${host} is not a loopback address (tools/wechat-compiler)`)
  error.code = 'ENOTFOUND'
  return error
}

/** The host of net.Socket#connect's argument forms: (options), (port, host), (path). */
function targetOf(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0]
  if (first && typeof first === 'object') return first.path ? null : { host: first.host }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return null // a local socket path
  return { host: typeof args[1] === 'string' ? args[1] : undefined }
}

const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function guardedConnect(...args) {
  const target = targetOf(args)
  if (target && !isLoopback(target.host)) {
    const error = refusal(target.host)
    process.nextTick(() => this.destroy(error))
    return this
  }
  return connect.apply(this, args)
}

const lookup = dns.lookup
dns.lookup = function guardedLookup(hostname, ...rest) {
  if (isLoopback(hostname)) return lookup.call(this, hostname, ...rest)
  const callback = rest[rest.length - 1]
  const error = refusal(hostname)
  if (typeof callback === 'function') process.nextTick(() => callback(error))
  return {}
}
const promisesLookup = dns.promises.lookup
dns.promises.lookup = function guardedPromisesLookup(hostname, ...rest) {
  if (isLoopback(hostname)) return promisesLookup.call(this, hostname, ...rest)
  return Promise.reject(refusal(hostname))
}
for (const name of Object.keys(dns)) {
  if (!/^resolve/.test(name) || typeof dns[name] !== 'function') continue
  dns[name] = function guardedResolve(hostname, ...rest) {
    const callback = rest[rest.length - 1]
    const error = refusal(hostname)
    if (typeof callback === 'function') process.nextTick(() => callback(error))
  }
}

module.exports = { blocked, isLoopback }
