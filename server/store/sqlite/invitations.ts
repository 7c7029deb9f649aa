import type Database from 'better-sqlite3'
import type { InvitationRow, InvitationStore, ParticipantSessionRow } from '../store.js'

interface InvitationRecord {
  id: string
  map_id: string
  person_id: string
  token_hash: string
  created_by: string
  created_at: number
  expires_at: number
  revoked_at: number | null
  first_used_at: number | null
  device_hash: string | null
}

interface SessionRecord {
  id: string
  invitation_id: string
  csrf_token: string
  created_at: number
  expires_at: number
}

const toInvitation = (row: InvitationRecord): InvitationRow => ({
  id: row.id,
  mapId: row.map_id,
  personId: row.person_id,
  tokenHash: row.token_hash,
  createdBy: row.created_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
  firstUsedAt: row.first_used_at,
  deviceHash: row.device_hash,
})

export function sqliteInvitations(db: Database.Database): InvitationStore {
  const insert = db.prepare(
    `INSERT INTO invitations (id, map_id, person_id, token_hash, created_by, created_at, expires_at, revoked_at, first_used_at, device_hash)
     VALUES (@id, @mapId, @personId, @tokenHash, @createdBy, @createdAt, @expiresAt, @revokedAt, @firstUsedAt, @deviceHash)`,
  )
  const byToken = db.prepare<[string], InvitationRecord>('SELECT * FROM invitations WHERE token_hash = ?')
  const byId = db.prepare<[string], InvitationRecord>('SELECT * FROM invitations WHERE id = ?')
  const forMap = db.prepare<[string], InvitationRecord>('SELECT * FROM invitations WHERE map_id = ? ORDER BY created_at DESC, id')
  const bind = db.prepare('UPDATE invitations SET device_hash = ?, first_used_at = ? WHERE id = ? AND device_hash IS NULL')
  const revoke = db.prepare('UPDATE invitations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
  const endSessions = db.prepare('DELETE FROM participant_sessions WHERE invitation_id = ?')
  const insertSession = db.prepare(
    'INSERT INTO participant_sessions (id, invitation_id, csrf_token, created_at, expires_at) VALUES (@id, @invitationId, @csrfToken, @createdAt, @expiresAt)',
  )
  const sessionById = db.prepare<[string], SessionRecord>('SELECT * FROM participant_sessions WHERE id = ?')
  const extendSession = db.prepare('UPDATE participant_sessions SET expires_at = ? WHERE id = ?')
  const deleteSession = db.prepare('DELETE FROM participant_sessions WHERE id = ?')
  const deleteExpired = db.prepare('DELETE FROM participant_sessions WHERE expires_at <= ?')

  const claim = db.transaction((id: string, deviceHash: string, now: number) => {
    if (bind.run(deviceHash, now, id).changes === 1) return true
    return byId.get(id)?.device_hash === deviceHash
  })
  const revokeAndEnd = db.transaction((id: string, now: number) => {
    if (revoke.run(now, id).changes !== 1) return false
    endSessions.run(id)
    return true
  })

  return {
    create: async (invitation) => {
      insert.run(invitation)
    },
    findByTokenHash: async (tokenHash) => {
      const row = byToken.get(tokenHash)
      return row ? toInvitation(row) : null
    },
    find: async (id) => {
      const row = byId.get(id)
      return row ? toInvitation(row) : null
    },
    listForMap: async (mapId) => forMap.all(mapId).map(toInvitation),
    claim: async (id, deviceHash, now) => claim(id, deviceHash, now),
    revoke: async (id, now) => revokeAndEnd(id, now),
    createSession: async (session) => {
      insertSession.run(session)
    },
    findSession: async (id): Promise<ParticipantSessionRow | null> => {
      const row = sessionById.get(id)
      if (!row) return null
      return { id: row.id, invitationId: row.invitation_id, csrfToken: row.csrf_token, createdAt: row.created_at, expiresAt: row.expires_at }
    },
    extendSession: async (id, expiresAt) => {
      extendSession.run(expiresAt, id)
    },
    deleteSession: async (id) => {
      deleteSession.run(id)
    },
    deleteExpiredSessions: async (now) => deleteExpired.run(now).changes,
  }
}
