/**
 * `npm run retention [-- --db=<file>] [--now=2032-01-01T00:00:00Z] [--dry-run]`: §8.1, erases
 * members six years after their last transaction, keeping only the minimal proof.
 */
import { existsSync } from 'node:fs'
import { openDb } from '../db/open'
import { runRetention } from '../jobs/retention'
import { argValue, dbFileFromArgs } from './args'

const file = dbFileFromArgs()
if (!existsSync(file)) {
  process.stderr.write(`no database at ${file}\n`)
  process.exit(2)
}
const nowArg = argValue('now')
const now = nowArg ? Date.parse(nowArg) : Date.now()
if (Number.isNaN(now)) {
  process.stderr.write(`--now is not a date: ${nowArg}\n`)
  process.exit(2)
}
const db = openDb(file)
const dryRun = process.argv.includes('--dry-run')
const r = runRetention(db, () => now, { dryRun })
db.close()
process.stdout.write(
  `retention (cutoff ${new Date(r.cutoff).toISOString()}${dryRun ? ', dry run' : ''}): ` +
    `${r.erased.length} erased, ${r.heldForOpenRequest.length} held for an open rights request\n`,
)
