import type Database from 'better-sqlite3'
import type { CheckpointRow, CheckpointStore } from '../store.js'

interface CheckpointRecord {
  id: string
  map_id: string
  name: string
  meeting_id: string | null
  created_at: string
  created_by: string
}

interface CheckpointWithLayers extends CheckpointRecord {
  shared: Buffer
  professional: Buffer
  record: Buffer
}

const row = (record: CheckpointRecord): CheckpointRow => ({
  id: record.id,
  mapId: record.map_id,
  name: record.name,
  meetingId: record.meeting_id,
  createdAt: record.created_at,
  createdBy: record.created_by,
})

export function sqliteCheckpoints(db: Database.Database): CheckpointStore {
  const insert = db.prepare(
    `INSERT INTO map_checkpoints (id, map_id, name, meeting_id, created_at, created_by, shared, professional, record)
     VALUES (@id, @mapId, @name, @meetingId, @createdAt, @createdBy, @shared, @professional, @record)`,
  )
  const forMap = db.prepare<[string], CheckpointRecord>(
    'SELECT id, map_id, name, meeting_id, created_at, created_by FROM map_checkpoints WHERE map_id = ? ORDER BY created_at, rowid',
  )
  const one = db.prepare<[string, string], CheckpointWithLayers>('SELECT * FROM map_checkpoints WHERE map_id = ? AND id = ?')

  return {
    create: async (checkpoint, layers) => {
      insert.run({ ...checkpoint, shared: layers.shared, professional: layers.professional, record: layers.record })
    },
    list: async (mapId) => forMap.all(mapId).map(row),
    find: async (mapId, checkpointId) => {
      const found = one.get(mapId, checkpointId)
      if (!found) return null
      return { ...row(found), layers: { shared: new Uint8Array(found.shared), professional: new Uint8Array(found.professional), record: new Uint8Array(found.record) } }
    },
  }
}
