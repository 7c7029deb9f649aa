import type Database from 'better-sqlite3'
import type { SessionRow, SessionStore } from '../store.js'

interface SessionRecord {
  id: string
  user_id: string
  csrf_token: string
  created_at: number
  expires_at: number
}

export function sqliteSessions(db: Database.Database): SessionStore {
  const insert = db.prepare(
    'INSERT INTO sessions (id, user_id, csrf_token, created_at, expires_at) VALUES (@id, @userId, @csrfToken, @createdAt, @expiresAt)',
  )
  const byId = db.prepare<[string], SessionRecord>('SELECT * FROM sessions WHERE id = ?')
  const extend = db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?')
  const remove = db.prepare('DELETE FROM sessions WHERE id = ?')
  const removeExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?')

  return {
    create: async (session) => {
      insert.run(session)
    },
    find: async (id): Promise<SessionRow | null> => {
      const row = byId.get(id)
      if (!row) return null
      return { id: row.id, userId: row.user_id, csrfToken: row.csrf_token, createdAt: row.created_at, expiresAt: row.expires_at }
    },
    extend: async (id, expiresAt) => {
      extend.run(expiresAt, id)
    },
    delete: async (id) => {
      remove.run(id)
    },
    deleteExpired: async (now) => removeExpired.run(now).changes,
  }
}
