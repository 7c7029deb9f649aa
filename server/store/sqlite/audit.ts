import type Database from 'better-sqlite3'
import { AuditEvent } from '../../audit/events.js'
import type { AuditCount, AuditQuery, AuditRecord, AuditStore } from '../store.js'

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

/**
 * A team's share of the trail: what happened on its maps, and what its people did away from any
 * map (signing in and out). What they did on another team's map belongs to that team, whose
 * manager oversees that family. `team_id = NULL` is never true, so a null team matches nothing.
 */
const TEAM_SCOPE = `(
  map_id IN (SELECT id FROM maps WHERE team_id = @teamId)
  OR (map_id IS NULL AND (
    actor_user_id IN (SELECT id FROM users WHERE team_id = @teamId)
    OR actor_invitation_id IN (SELECT invitations.id FROM invitations JOIN maps ON maps.id = invitations.map_id WHERE maps.team_id = @teamId)
  ))
)`

/** The WHERE clause for a query's filters; each filter is a bound parameter, never spliced text. */
function whereClause(query: Omit<AuditQuery, 'limit'>): string {
  const where: string[] = []
  if (query.event !== undefined) where.push('event = @event')
  if (query.mapId !== undefined) where.push('map_id = @mapId')
  if (query.actorUserId !== undefined) where.push('actor_user_id = @actorUserId')
  if (query.actorInvitationId !== undefined) where.push('actor_invitation_id = @actorInvitationId')
  if (query.from !== undefined) where.push('at >= @from')
  if (query.to !== undefined) where.push('at < @to')
  if (query.before !== undefined) where.push('id < @before')
  if (query.teamId !== undefined) where.push(TEAM_SCOPE)
  return where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
}

export function sqliteAudit(db: Database.Database): AuditStore {
  const insert = db.prepare(
    `INSERT INTO audit_events (at, actor_user_id, actor_invitation_id, event, map_id, detail, ip)
     VALUES (@at, @actorUserId, @actorInvitationId, @event, @mapId, @detail, @ip)`,
  )
  // One prepared statement per combination of filters, kept: a viewer paging through the trail
  // asks the same shape of question again and again.
  const prepared = new Map<string, Database.Statement>()
  const statement = (sql: string) => {
    let found = prepared.get(sql)
    if (!found) prepared.set(sql, (found = db.prepare(sql)))
    return found
  }

  const list = (query: AuditQuery) => {
    if (!Number.isInteger(query.limit) || query.limit < 1) throw new RangeError('An audit query needs a limit of at least 1.')
    // Ids follow the order of appending, which is the order things happened in.
    const rows = statement(`SELECT * FROM audit_events ${whereClause(query)} ORDER BY id DESC LIMIT @limit`).all(query) as AuditEventRecord[]
    return rows.map(toRecord)
  }

  const count = (query: Omit<AuditQuery, 'limit'>): AuditCount => {
    const row = statement(`SELECT count(*) AS events, max(id) AS newestId FROM audit_events ${whereClause(query)}`).get(query) as AuditCount
    return { events: row.events, newestId: row.newestId }
  }

  return {
    append: async (event) => {
      const valid = AuditEvent.parse(event)
      insert.run({ ...valid, detail: JSON.stringify(valid.detail), at: new Date().toISOString() })
    },
    list: async (query) => list(query),
    count: async (query) => count(query),
  }
}
