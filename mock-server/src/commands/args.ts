/** Shared argument handling for the commands: --db=<file> (or DB_FILE), --now=<ISO> for tests. */
import { resolve } from 'node:path'

export function argValue(name: string): string | undefined {
  const prefix = `--${name}=`
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length)
}

export function dbFileFromArgs(): string {
  return argValue('db') ?? process.env['DB_FILE'] ?? resolve(__dirname, '../../data/indigo.sqlite')
}
