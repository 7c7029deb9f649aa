import type Database from 'better-sqlite3'
import { AuditEvent } from '../../audit/events.js'
import type { AuditQuery, AuditRecord, AuditStore } from '../store.js'

interface AuditEventRecord {
  id: number
  at: string
  actor_user_id: string | null
  actor_invitation_id: string | null
  event: AuditEvent['event']
  map_id: string | null
  detail: string
  ip: string | null
}

const toRecord = (row: AuditEventRecord): AuditRecord =>
  ({ id: row.id, at: row.at, event: row.event, actorUserId: row.actor_user_id, actorInvitationId: row.actor_invitation_id, mapId: row.map_id, detail: JSON.parse(row.detail), ip: row.ip }) as AuditRecord

export function sqliteAudit(db: Database.Database): AuditStore {
  const insert = db.prepare(
    `INSERT INTO audit_events (at, actor_user_id, actor_invitation_id, event, map_id, detail, ip)
     VALUES (@at, @actorUserId, @actorInvitationId, @event, @mapId, @detail, @ip)`,
  )

  const list = (query: AuditQuery) => {
    if (!Number.isInteger(query.limit) || query.limit < 1) throw new RangeError('An audit query needs a limit of at least 1.')
    const where: string[] = []
    if (query.mapId !== undefined) where.push('map_id = @mapId')
    if (query.actorUserId !== undefined) where.push('actor_user_id = @actorUserId')
    if (query.from !== undefined) where.push('at >= @from')
    if (query.to !== undefined) where.push('at < @to')
    // Ids follow the order of appending, which is the order things happened in.
    const sql = `SELECT * FROM audit_events ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT @limit`
    return db.prepare<[AuditQuery], AuditEventRecord>(sql).all(query).map(toRecord)
  }

  return {
    append: async (event) => {
      const valid = AuditEvent.parse(event)
      insert.run({ ...valid, detail: JSON.stringify(valid.detail), at: new Date().toISOString() })
    },
    list: async (query) => list(query),
  }
}
