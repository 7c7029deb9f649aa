import type Database from 'better-sqlite3'
import type { Framework } from '../../../shared/framework.js'
import { LAYERS } from '../../../shared/model/schema.js'
import { blob } from './blob.js'
import type { CatalogueStore, MapRole, MapRow, MemberRow, MembershipChange } from '../store.js'

interface MapRecord {
  id: string
  title: string
  framework: Framework
  created_by: string
  team_id: string | null
  created_at: string
  updated_at: string
}

const toMap = (row: MapRecord): MapRow => ({
  id: row.id,
  title: row.title,
  framework: row.framework,
  createdBy: row.created_by,
  teamId: row.team_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

export function sqliteCatalogue(db: Database.Database): CatalogueStore {
  const insertMap = db.prepare(
    `INSERT INTO maps (id, title, framework, created_by, team_id, created_at, updated_at)
     VALUES (@id, @title, @framework, @createdBy, @teamId, @createdAt, @updatedAt)`,
  )
  const insertSnapshot = db.prepare('INSERT INTO document_snapshots (map_id, layer, state, upto_seq) VALUES (?, ?, ?, 0)')
  const byId = db.prepare<[string], MapRecord>('SELECT * FROM maps WHERE id = ?')
  const forUser = db.prepare<[string], MapRecord & { role: MapRole }>(
    `SELECT maps.*, map_members.role FROM maps JOIN map_members ON map_members.map_id = maps.id
     WHERE map_members.user_id = ? ORDER BY maps.updated_at DESC, maps.id`,
  )
  const forTeam = db.prepare<[string], MapRecord>('SELECT * FROM maps WHERE team_id = ? ORDER BY updated_at DESC, id')
  const role = db.prepare<[string, string], { role: MapRole }>('SELECT role FROM map_members WHERE map_id = ? AND user_id = ?')
  const members = db.prepare<[string], MemberRow>(
    `SELECT users.id AS userId, users.name, users.email, map_members.role FROM map_members
     JOIN users ON users.id = map_members.user_id WHERE map_members.map_id = ? ORDER BY users.name, users.id`,
  )
  const owners = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM map_members WHERE map_id = ? AND role = 'owner'")
  const upsertMember = db.prepare(
    'INSERT INTO map_members (map_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT (map_id, user_id) DO UPDATE SET role = excluded.role',
  )
  const deleteMember = db.prepare('DELETE FROM map_members WHERE map_id = ? AND user_id = ?')

  const create = db.transaction((map: MapRow, ownerId: string, layers: Record<string, Uint8Array>) => {
    insertMap.run(map)
    upsertMember.run(map.id, ownerId, 'owner')
    for (const layer of LAYERS) insertSnapshot.run(map.id, layer, blob(layers[layer]))
  })

  /** Whether taking `userId`'s ownership away would leave the map with no owner. */
  const isLastOwner = (mapId: string, userId: string) =>
    role.get(mapId, userId)?.role === 'owner' && owners.get(mapId)!.n === 1

  const setRole = db.transaction((mapId: string, userId: string, next: MapRole): MembershipChange => {
    if (next !== 'owner' && isLastOwner(mapId, userId)) return 'last-owner'
    upsertMember.run(mapId, userId, next)
    return 'done'
  })
  const removeMember = db.transaction((mapId: string, userId: string): MembershipChange => {
    if (!role.get(mapId, userId)) return 'not-a-member'
    if (isLastOwner(mapId, userId)) return 'last-owner'
    deleteMember.run(mapId, userId)
    return 'done'
  })

  return {
    create: async (map, ownerId, layers) => create(map, ownerId, layers),
    find: async (mapId) => {
      const row = byId.get(mapId)
      return row ? toMap(row) : null
    },
    listFor: async (userId) => forUser.all(userId).map((row) => ({ ...toMap(row), role: row.role })),
    listForTeam: async (teamId) => forTeam.all(teamId).map(toMap),
    roleOf: async (mapId, userId) => role.get(mapId, userId)?.role ?? null,
    members: async (mapId) => members.all(mapId),
    setRole: async (mapId, userId, next) => setRole(mapId, userId, next),
    removeMember: async (mapId, userId) => removeMember(mapId, userId),
  }
}
