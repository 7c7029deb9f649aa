import type Database from 'better-sqlite3'
import type { AccountStore, UserRow } from '../store.js'

interface UserRecord {
  id: string
  email: string
  name: string
  password_hash: string
  is_admin: number
  team_id: string | null
  is_manager: number
  created_at: string
}

const toUser = (row: UserRecord): UserRow => ({
  id: row.id,
  email: row.email,
  name: row.name,
  passwordHash: row.password_hash,
  isAdmin: row.is_admin === 1,
  teamId: row.team_id,
  isManager: row.is_manager === 1,
  createdAt: row.created_at,
})

export function sqliteAccounts(db: Database.Database): AccountStore {
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users')
  const insert = db.prepare(
    `INSERT INTO users (id, email, name, password_hash, is_admin, team_id, is_manager, created_at)
     VALUES (@id, @email, @name, @passwordHash, @isAdmin, @teamId, @isManager, @createdAt) ON CONFLICT (email) DO NOTHING`,
  )
  const byEmail = db.prepare<[string], UserRecord>('SELECT * FROM users WHERE email = ?')
  const byId = db.prepare<[string], UserRecord>('SELECT * FROM users WHERE id = ?')
  const all = db.prepare<[], UserRecord>('SELECT * FROM users ORDER BY created_at, id')
  const byIdentity = db.prepare<[string, string], UserRecord>(
    `SELECT users.* FROM user_identities JOIN users ON users.id = user_identities.user_id
     WHERE user_identities.issuer = ? AND user_identities.subject = ?`,
  )
  // One identity per account per issuer: a second person at the provider who happens to carry
  // the same email can never be linked to an account someone already signs in to.
  const insertIdentity = db.prepare(
    `INSERT INTO user_identities (issuer, subject, user_id) SELECT @issuer, @subject, @userId
     WHERE NOT EXISTS (SELECT 1 FROM user_identities WHERE issuer = @issuer AND user_id = @userId)
     ON CONFLICT (issuer, subject) DO NOTHING`,
  )
  const clearTokens = db.prepare('DELETE FROM setup_tokens')
  const insertToken = db.prepare('INSERT INTO setup_tokens (token_hash, created_at) VALUES (?, ?)')
  const takeToken = db.prepare('DELETE FROM setup_tokens WHERE token_hash = ?')

  const createUser = (user: UserRow) => insert.run({ ...user, isAdmin: user.isAdmin ? 1 : 0, isManager: user.isManager ? 1 : 0 }).changes === 1

  const replaceSetupToken = db.transaction((tokenHash: string, createdAt: number) => {
    clearTokens.run()
    insertToken.run(tokenHash, createdAt)
  })
  const createFirstAdmin = db.transaction((tokenHash: string, user: UserRow) => {
    if (count.get()!.n > 0 || takeToken.run(tokenHash).changes !== 1) return false
    clearTokens.run()
    return createUser({ ...user, isAdmin: true })
  })

  return {
    count: async () => count.get()!.n,
    create: async (user) => createUser(user),
    findByEmail: async (email) => {
      const row = byEmail.get(email)
      return row ? toUser(row) : null
    },
    findById: async (id) => {
      const row = byId.get(id)
      return row ? toUser(row) : null
    },
    list: async () => all.all().map(toUser),
    findByIdentity: async (issuer, subject) => {
      const row = byIdentity.get(issuer, subject)
      return row ? toUser(row) : null
    },
    linkIdentity: async (issuer, subject, userId) => insertIdentity.run({ issuer, subject, userId }).changes === 1,
    replaceSetupToken: async (tokenHash, createdAt) => replaceSetupToken(tokenHash, createdAt),
    createFirstAdmin: async (tokenHash, user) => createFirstAdmin(tokenHash, user),
  }
}
