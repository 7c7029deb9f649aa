import type Database from 'better-sqlite3'
import type { TeamRow, TeamStore } from '../store.js'

interface TeamRecord {
  id: string
  name: string
  created_at: string
}

const toTeam = (row: TeamRecord): TeamRow => ({ id: row.id, name: row.name, createdAt: row.created_at })

export function sqliteTeams(db: Database.Database): TeamStore {
  // Names are unique whatever their case, so "Child Protection" and "child protection" are one
  // team to anyone typing them, at the command line or in the browser.
  const insert = db.prepare(
    `INSERT INTO teams (id, name, created_at) SELECT @id, @name, @createdAt
     WHERE NOT EXISTS (SELECT 1 FROM teams WHERE name = @name COLLATE NOCASE) ON CONFLICT DO NOTHING`,
  )
  const all = db.prepare<[], TeamRecord>('SELECT * FROM teams ORDER BY name COLLATE NOCASE, id')
  const byId = db.prepare<[string], TeamRecord>('SELECT * FROM teams WHERE id = ?')
  const byName = db.prepare<[string], TeamRecord>('SELECT * FROM teams WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1')
  const assign = db.prepare('UPDATE users SET team_id = ?, is_manager = ? WHERE id = ?')

  return {
    create: async (team: TeamRow) => insert.run(team).changes === 1,
    list: async () => all.all().map(toTeam),
    find: async (teamId) => {
      const row = byId.get(teamId)
      return row ? toTeam(row) : null
    },
    findByName: async (name) => {
      const row = byName.get(name)
      return row ? toTeam(row) : null
    },
    assign: async (userId, teamId, isManager) => {
      assign.run(teamId, isManager ? 1 : 0, userId)
    },
  }
}
