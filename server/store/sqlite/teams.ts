import type Database from 'better-sqlite3'
import type { TeamRow, TeamStore } from '../store.js'

export function sqliteTeams(db: Database.Database): TeamStore {
  const insert = db.prepare('INSERT INTO teams (id, name, created_at) VALUES (@id, @name, @createdAt) ON CONFLICT (name) DO NOTHING')
  const all = db.prepare<[], { id: string; name: string; created_at: string }>('SELECT * FROM teams ORDER BY name, id')
  const assign = db.prepare('UPDATE users SET team_id = ?, is_manager = ? WHERE id = ?')

  return {
    create: async (team: TeamRow) => insert.run(team).changes === 1,
    list: async () => all.all().map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at })),
    assign: async (userId, teamId, isManager) => {
      assign.run(teamId, isManager ? 1 : 0, userId)
    },
  }
}
