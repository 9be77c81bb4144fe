/**
 * `npm run verify-ledger [-- --db=<file>]`: recomputes every member's hash chain (§1.5: consent
 * must be provable) and exits 1 if any link is broken.
 */
import { existsSync } from 'node:fs'
import { verifyAllChains } from '../db/ledger'
import { openDb } from '../db/open'
import { dbFileFromArgs } from './args'

const file = dbFileFromArgs()
if (!existsSync(file)) {
  process.stderr.write(`no database at ${file}\n`)
  process.exit(2)
}
const db = openDb(file)
const r = verifyAllChains(db)
db.close()
process.stdout.write(`ledger: ${r.users} chains, ${r.entries} entries, ${r.broken.length} broken\n`)
for (const b of r.broken.slice(0, 50))
  process.stdout.write(`  user ${b.userId} seq ${b.seq}: ${b.reason}\n`)
process.exit(r.broken.length === 0 ? 0 : 1)
