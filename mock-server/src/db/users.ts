/** Members. The openid never leaves the server (BF.wechat-mini-program, §2.1(b)). */
import type { Db } from './open'

export interface UserRow {
  id: string
  openid: string | null
  nickname: string | null
  /** verified only: WeChat's phone code or an SMS code (§3.1(b)) */
  phone: string | null
  /** typed by the user, waiting for its SMS code */
  pending_phone: string | null
  email: string | null
  birth_date: string | null
  created_at: number
  last_transaction_at: number | null
  erased_at: number | null
}

export function getUser(db: Db, id: string): UserRow | undefined {
  return db
    .prepare<[string], UserRow>('SELECT * FROM users WHERE id = ? AND erased_at IS NULL')
    .get(id)
}

export function findUsersByPhone(db: Db, phone: string): UserRow[] {
  return db
    .prepare<[string], UserRow>('SELECT * FROM users WHERE phone = ? AND erased_at IS NULL')
    .all(phone)
}

export function listActiveUsers(db: Db): UserRow[] {
  return db
    .prepare<[], UserRow>('SELECT * FROM users WHERE erased_at IS NULL ORDER BY created_at, rowid')
    .all()
}

/** §8.1: retention runs from the last transaction; receipts and redemptions are transactions. */
export function touchTransaction(db: Db, userId: string, at: number): void {
  db.prepare(
    'UPDATE users SET last_transaction_at = MAX(COALESCE(last_transaction_at, 0), ?) WHERE id = ?',
  ).run(at, userId)
}

export function getSetting(db: Db, key: string, create: () => string): string {
  const row = db
    .prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
    .get(key)
  if (row) return row.value
  const value = create()
  db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)').run(key, value)
  return (
    db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key)
      ?.value ?? value
  )
}
