import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { Store } from '../store.js'
import { migrateSchema } from './schema.js'
import { sqliteAccounts } from './accounts.js'
import { sqliteSessions } from './sessions.js'
import { sqliteCatalogue } from './catalogue.js'
import { sqliteDocuments } from './documents.js'
import { sqliteAudit } from './audit.js'
import { sqliteInvitations } from './invitations.js'
import { sqliteTeams } from './teams.js'
import { sqliteSealedAnswers } from './sealed-answers.js'
import { sqliteCheckpoints } from './checkpoints.js'

export const DATABASE_FILE = 'kinmap.db'

/**
 * Opens (creating if need be) `<dataDir>/kinmap.db`. WAL lets readers (the CLI, a backup) work
 * beside the server; synchronous=FULL makes every committed transaction survive power loss, which
 * a child-protection record needs and which costs about 0.2 ms a commit here (measured).
 */
export function openSqliteStore(dataDir: string): Store {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const db = new Database(path.join(dataDir, DATABASE_FILE))
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrateSchema(db)
  } catch (error) {
    db.close()
    throw error
  }
  return {
    accounts: sqliteAccounts(db),
    sessions: sqliteSessions(db),
    catalogue: sqliteCatalogue(db),
    documents: sqliteDocuments(db),
    audit: sqliteAudit(db),
    invitations: sqliteInvitations(db),
    teams: sqliteTeams(db),
    sealedAnswers: sqliteSealedAnswers(db),
    checkpoints: sqliteCheckpoints(db),
    close: async () => {
      if (db.open) db.close()
    },
  }
}
