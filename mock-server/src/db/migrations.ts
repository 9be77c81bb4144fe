/**
 * Schema migrations, applied in order at start and tracked with PRAGMA user_version.
 * Append new steps; never edit a released one.
 */
import type Database from 'better-sqlite3'

const steps: readonly string[] = [
  // 1: the initial schema
  `
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    openid TEXT UNIQUE,               -- NULL once erased (§10.1(c), §8.1)
    nickname TEXT,
    phone TEXT,
    email TEXT,
    birth_date TEXT,
    created_at INTEGER NOT NULL,
    last_transaction_at INTEGER,      -- §8.1: retention runs from the last transaction
    erased_at INTEGER
  );
  CREATE INDEX users_phone ON users(phone);
  CREATE TABLE login_codes (code_hash TEXT PRIMARY KEY, used_at INTEGER NOT NULL);
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_user ON sessions(user_id);
  CREATE TABLE consent_events (
    user_id TEXT NOT NULL REFERENCES users(id),
    seq INTEGER NOT NULL,
    event_id TEXT NOT NULL UNIQUE,
    purpose_id TEXT NOT NULL,
    action TEXT NOT NULL,
    policy_version TEXT NOT NULL,
    at INTEGER NOT NULL,
    client_at INTEGER,
    source TEXT NOT NULL,
    device_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    bulk INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (user_id, seq)
  );
  -- append-only: see the triggers of step 2
  CREATE TABLE verifications (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    code_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    verified_at INTEGER,
    token_hash TEXT UNIQUE,
    token_expires_at INTEGER,
    token_used_at INTEGER
  );
  CREATE INDEX verifications_user ON verifications(user_id, created_at);
  CREATE TABLE rights_requests (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    type TEXT NOT NULL,
    on_behalf_of TEXT NOT NULL,
    subject_json TEXT,
    details_json TEXT NOT NULL,
    status TEXT NOT NULL,
    history_json TEXT NOT NULL,
    submitted_at INTEGER NOT NULL,
    verified_at INTEGER,
    due_date TEXT,
    rejection_json TEXT,
    result_json TEXT
  );
  CREATE INDEX rights_requests_user ON rights_requests(user_id, submitted_at);
  CREATE TABLE plates (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    plate TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (user_id, plate)
  );
  CREATE TABLE receipts (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    store_name TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    purchased_at INTEGER NOT NULL,
    points INTEGER NOT NULL,
    mime_type TEXT,
    size_bytes INTEGER,
    image BLOB,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX receipts_user ON receipts(user_id, created_at);
  CREATE TABLE points_ledger (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES users(id),
    delta INTEGER NOT NULL,
    reason TEXT NOT NULL,
    ref TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  CREATE INDEX points_user ON points_ledger(user_id);
  CREATE TABLE redemptions (
    redemption_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    reward_id TEXT NOT NULL,
    points INTEGER NOT NULL,
    balance_after INTEGER NOT NULL,
    at INTEGER NOT NULL
  );
  -- §10.1(c): the minimal proof that an erasure was done
  CREATE TABLE erasure_proofs (
    user_id TEXT PRIMARY KEY,
    erased_at INTEGER NOT NULL,
    reason TEXT NOT NULL,
    request_id TEXT,
    ledger_entries INTEGER NOT NULL,
    ledger_head_hash TEXT NOT NULL,
    categories_json TEXT NOT NULL
  );
  `,
  // 2: §1.5 the ledger is append-only: the database itself refuses edits, and deletes of a
  // member's entries unless that member is being erased (§10.1(c), §8.1).
  `
  CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
  BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;
  CREATE TRIGGER consent_events_delete_only_on_erasure BEFORE DELETE ON consent_events
  WHEN (SELECT erased_at FROM users WHERE id = OLD.user_id) IS NULL
  BEGIN SELECT RAISE(ABORT, 'ledger entries are deleted only with an erasure'); END;
  `,
  // 3: rights requests (§10.1): the app's idempotency key per user, and the photos kept with a
  // request (evidence for a correction, proof of relationship), deleted with the request.
  `
  ALTER TABLE rights_requests ADD COLUMN idempotency_key TEXT;
  ALTER TABLE rights_requests ADD COLUMN body_hash TEXT;
  CREATE UNIQUE INDEX rights_requests_idempotency ON rights_requests(user_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
  CREATE TABLE rights_attachments (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES rights_requests(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    image BLOB NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX rights_attachments_request ON rights_attachments(request_id);
  `,
  // 4: member data (§3.1(m)). The member's phone is only a verified one: a typed number waits
  // in pending_phone until its SMS code is verified (verifications.phone: the number the code
  // went to). Receipts are reviewed (pending -> approved / rejected; points only on approval)
  // and uploaded once per client key. Receipts held before were credited at upload: approved.
  `
  ALTER TABLE users ADD COLUMN pending_phone TEXT;
  ALTER TABLE verifications ADD COLUMN phone TEXT;
  ALTER TABLE receipts ADD COLUMN status TEXT NOT NULL DEFAULT 'approved';
  ALTER TABLE receipts ADD COLUMN upload_key TEXT;
  ALTER TABLE receipts ADD COLUMN content_hash TEXT;
  ALTER TABLE receipts ADD COLUMN reviewed_at INTEGER;
  ALTER TABLE receipts ADD COLUMN review_reason TEXT;
  CREATE UNIQUE INDEX receipts_upload_key ON receipts(user_id, upload_key)
    WHERE upload_key IS NOT NULL;
  CREATE INDEX receipts_status ON receipts(status, created_at);
  `,
  // 5: §1.6, §12.2 a guardian's event records who gave it: the guardian's SMS-verified phone,
  // masked. NULL on every other entry, which then hashes exactly as before (db/ledger.ts).
  `
  ALTER TABLE consent_events ADD COLUMN guardian_phone TEXT;
  `,
  // 6: a code serves the purpose it was sent for only (§10.3, §1.6, §12.2): an SMS code records
  // it ('rights-request' identifies the member and verifies a typed phone; 'guardian' proves the
  // guardian's phone and nothing else). Codes sent before this step have none and serve nothing.
  // The getPhoneNumber codes leave login_codes: those are pruned 10 minutes after use, which is
  // safe for login codes (they expire after 5) but would let a phone code, which carries no
  // time, bind again; a spent phone code is kept here.
  `
  ALTER TABLE verifications ADD COLUMN purpose TEXT;
  CREATE TABLE phone_codes (code_hash TEXT PRIMARY KEY, used_at INTEGER NOT NULL);
  `,
  // 7: §14.1 policy versions published on this backend after the text shipped with the code.
  // IF NOT EXISTS: before this step the policy routes created the table themselves at start.
  `
  CREATE TABLE IF NOT EXISTS policy_versions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    version TEXT NOT NULL UNIQUE,
    published_at INTEGER NOT NULL,
    changed_paragraphs_json TEXT NOT NULL
  );
  `,
  // 8: §3.5 service notices by WeChat subscribe message. Each answer to WeChat's dialog is kept
  // (once per client key); an 'accept' is one message credit for that template and that
  // request or receipt, spent (used_at) by the one notice recorded when the event comes.
  // IF NOT EXISTS: a database whose user_version was set back (test/contract/policy.test.ts)
  // replays the steps after it.
  `
  CREATE TABLE IF NOT EXISTS service_notice_subscriptions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    client_key TEXT NOT NULL,
    template_id TEXT NOT NULL,
    answer TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    used_at INTEGER,
    notice_id TEXT,
    UNIQUE (user_id, client_key)
  );
  CREATE INDEX IF NOT EXISTS service_notice_credits ON service_notice_subscriptions(user_id, template_id, subject_id)
    WHERE answer = 'accept' AND used_at IS NULL;
  CREATE TABLE IF NOT EXISTS service_notices (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    template_id TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    page TEXT NOT NULL,
    data_json TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS service_notices_user ON service_notices(user_id, created_at);
  `,
]

export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number
  for (let v = current; v < steps.length; v += 1) {
    const sql = steps[v]
    if (sql === undefined) break
    db.transaction(() => {
      db.exec(sql)
      db.pragma(`user_version = ${v + 1}`)
    })()
  }
  return steps.length
}
