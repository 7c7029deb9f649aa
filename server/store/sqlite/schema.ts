import type Database from 'better-sqlite3'

/**
 * The database schema as a list of steps; `PRAGMA user_version` records how many have run. Add a
 * step to change the schema; never edit one that has shipped.
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE CHECK (email = lower(email)),
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX sessions_by_expiry ON sessions (expires_at);

  CREATE TABLE setup_tokens (
    token_hash TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE maps (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    framework TEXT NOT NULL CHECK (framework IN ('safety', 'wellbeing', 'success')),
    created_by TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE map_members (
    map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'professional', 'observer')),
    PRIMARY KEY (map_id, user_id)
  ) STRICT;
  CREATE INDEX map_members_by_user ON map_members (user_id);

  -- AUTOINCREMENT, not a plain rowid: compaction deletes the newest rows, and a reused sequence
  -- number would hide a later update behind a snapshot's upto_seq.
  CREATE TABLE document_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    layer TEXT NOT NULL CHECK (layer IN ('shared', 'professional', 'record')),
    "update" BLOB NOT NULL
  ) STRICT;
  CREATE INDEX document_updates_by_layer ON document_updates (map_id, layer, seq);

  CREATE TABLE document_snapshots (
    map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    layer TEXT NOT NULL CHECK (layer IN ('shared', 'professional', 'record')),
    state BLOB NOT NULL,
    upto_seq INTEGER NOT NULL,
    PRIMARY KEY (map_id, layer)
  ) STRICT;
  `,
]

export function migrateSchema(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > MIGRATIONS.length) {
    throw new Error(`The database was written by a newer Kinmap (schema ${current}); this one knows ${MIGRATIONS.length}.`)
  }
  db.transaction(() => {
    for (let step = current; step < MIGRATIONS.length; step++) db.exec(MIGRATIONS[step])
    db.pragma(`user_version = ${MIGRATIONS.length}`)
  })()
}
