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
  `
  -- The audit trail: who opened and changed what, for information governance. Ids only, no
  -- foreign keys: the trail outlives anything it mentions, and a refused attempt may name a map
  -- that does not exist.
  CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_user_id TEXT,
    event TEXT NOT NULL,
    map_id TEXT,
    detail TEXT NOT NULL CHECK (json_valid(detail)),
    ip TEXT
  ) STRICT;
  CREATE INDEX audit_events_by_map ON audit_events (map_id, id);
  CREATE INDEX audit_events_by_actor ON audit_events (actor_user_id, id);
  CREATE INDEX audit_events_by_time ON audit_events (at);

  -- Append-only, enforced by the database so that not even a bug of ours can rewrite history.
  CREATE TRIGGER audit_events_never_updated BEFORE UPDATE ON audit_events
  BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
  CREATE TRIGGER audit_events_never_deleted BEFORE DELETE ON audit_events
  BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
  -- INSERT OR REPLACE removes the row it replaces without firing the delete trigger.
  CREATE TRIGGER audit_events_never_replaced BEFORE INSERT ON audit_events
  WHEN EXISTS (SELECT 1 FROM audit_events WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
  `,
  `
  -- Teams: a manager sees the maps of their team. A map belongs to the team of the person who
  -- made it, fixed when it is made, so moving a worker does not move their families' maps.
  CREATE TABLE teams (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
  ) STRICT;
  ALTER TABLE users ADD COLUMN team_id TEXT REFERENCES teams (id);
  ALTER TABLE users ADD COLUMN is_manager INTEGER NOT NULL DEFAULT 0 CHECK (is_manager IN (0, 1));
  ALTER TABLE maps ADD COLUMN team_id TEXT REFERENCES teams (id);
  CREATE INDEX maps_by_team ON maps (team_id);

  -- Council sign-in: an account found by its identity provider's (issuer, subject), never by a
  -- claim a provider lets people edit. password_hash is '' for an account with no local password.
  CREATE TABLE user_identities (
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (issuer, subject)
  ) STRICT;

  -- Family and network invitations: a link for one person on one map. Only the token's hash is
  -- kept; device_hash binds it to the first device that used it.
  CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    person_id TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER,
    first_used_at INTEGER,
    device_hash TEXT
  ) STRICT;
  CREATE INDEX invitations_by_map ON invitations (map_id);

  CREATE TABLE participant_sessions (
    id TEXT PRIMARY KEY,
    invitation_id TEXT NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX participant_sessions_by_invitation ON participant_sessions (invitation_id);

  -- A family or network member acts without an account: the trail names their invitation.
  ALTER TABLE audit_events ADD COLUMN actor_invitation_id TEXT;
  `,
  `
  -- The audit trail viewer filters by kind of event and by a family member's invitation, newest first.
  CREATE INDEX audit_events_by_event ON audit_events (event, id);
  CREATE INDEX audit_events_by_invitation ON audit_events (actor_invitation_id, id);
  `,
  `
  -- Answers given in a sealed scaling round, kept here and in no map document until the reveal
  -- writes them into the record layer (then they are deleted: the record is their one home).
  CREATE TABLE sealed_scaling_answers (
    map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    round_id TEXT NOT NULL,
    answer_key TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (json_valid(answer)),
    PRIMARY KEY (map_id, round_id, answer_key)
  ) STRICT;
  `,
  `
  -- Checkpoints: a named, read-only copy of a map, saved when a meeting closes. Each layer's whole
  -- state (Y.encodeStateAsUpdate), so a copy reads back through the same model readers as the map.
  CREATE TABLE map_checkpoints (
    id TEXT PRIMARY KEY,
    map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    meeting_id TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    shared BLOB NOT NULL,
    professional BLOB NOT NULL,
    record BLOB NOT NULL
  ) STRICT;
  CREATE INDEX map_checkpoints_by_map ON map_checkpoints (map_id, created_at);

  -- Read-only once saved: a checkpoint is what the map was, and a record of a meeting.
  CREATE TRIGGER map_checkpoints_never_updated BEFORE UPDATE ON map_checkpoints
  BEGIN SELECT RAISE(ABORT, 'a checkpoint is a read-only copy'); END;
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
