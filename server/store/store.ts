import type { MapRole } from '../../shared/map-roles.js'
import type { Framework } from '../../shared/framework.js'
import type { Layer } from '../../shared/model/schema.js'
import type { AuditEvent, AuditEventInput } from '../audit/events.js'

/**
 * Everything Kinmap keeps, behind one narrow interface. Every method returns a promise so that a
 * networked database (PostgreSQL is next) can implement it unchanged; the SQLite implementation
 * does its work synchronously inside and resolves at once. Callers never hold a transaction open
 * across calls: each method that must be atomic is one method.
 */
export interface Store {
  readonly accounts: AccountStore
  readonly sessions: SessionStore
  readonly catalogue: CatalogueStore
  readonly documents: DocumentStore
  readonly audit: AuditStore
  readonly invitations: InvitationStore
  readonly teams: TeamStore
  readonly sealedAnswers: SealedAnswerStore
  readonly checkpoints: CheckpointStore
  close(): Promise<void>
}

export interface UserRow {
  id: string
  email: string
  name: string
  /** '' for an account that signs in only through the council's identity provider. */
  passwordHash: string
  isAdmin: boolean
  /** The team a member of staff works in; a manager sees that team's maps. */
  teamId: string | null
  isManager: boolean
  createdAt: string
}

export interface AccountStore {
  count(): Promise<number>
  /** Returns false when the email is already taken. */
  create(user: UserRow): Promise<boolean>
  findByEmail(email: string): Promise<UserRow | null>
  findById(id: string): Promise<UserRow | null>
  list(): Promise<UserRow[]>
  /** The account an identity provider's (issuer, subject) is linked to: never found by a claim people can edit. */
  findByIdentity(issuer: string, subject: string): Promise<UserRow | null>
  /**
   * Links a provider identity to an account, in one step. False (and nothing written) when that
   * identity is linked already, or the account already has another identity at that issuer.
   */
  linkIdentity(issuer: string, subject: string, userId: string): Promise<boolean>
  /** Replaces any earlier first-run token: only the link printed last works. */
  replaceSetupToken(tokenHash: string, createdAt: number): Promise<void>
  /**
   * Creates the first administrator with a one-time setup token, in one step: false (and nothing
   * written) when the token is unknown or any account already exists.
   */
  createFirstAdmin(tokenHash: string, user: UserRow): Promise<boolean>
}

export interface SessionRow {
  /** sha256 of the cookie's token: a stolen database holds no usable session. */
  id: string
  userId: string
  csrfToken: string
  createdAt: number
  /** Idle expiry, slid forward by use; never beyond the absolute limit. */
  expiresAt: number
}

export interface SessionStore {
  create(session: SessionRow): Promise<void>
  find(id: string): Promise<SessionRow | null>
  extend(id: string, expiresAt: number): Promise<void>
  delete(id: string): Promise<void>
  deleteExpired(now: number): Promise<number>
}

export { MAP_ROLES, type MapRole } from '../../shared/map-roles.js'

export interface MapRow {
  id: string
  title: string
  framework: Framework
  createdBy: string
  /** The creator's team when the map was made: whose manager oversees it. */
  teamId: string | null
  createdAt: string
  updatedAt: string
}

export interface MemberRow {
  userId: string
  name: string
  email: string
  role: MapRole
}

export type MembershipChange = 'done' | 'not-a-member' | 'last-owner'

export interface CatalogueStore {
  /** Adds the map, its owner and each layer's first state in one transaction. */
  create(map: MapRow, ownerId: string, layers: Record<Layer, Uint8Array>): Promise<void>
  find(mapId: string): Promise<MapRow | null>
  /** The maps a user is a member of, most recently changed first. */
  listFor(userId: string): Promise<Array<MapRow & { role: MapRole }>>
  /** The maps of a team, most recently changed first: what its manager oversees. */
  listForTeam(teamId: string): Promise<MapRow[]>
  roleOf(mapId: string, userId: string): Promise<MapRole | null>
  members(mapId: string): Promise<MemberRow[]>
  /** Adds a member or changes their role; refuses to leave a map without an owner. */
  setRole(mapId: string, userId: string, role: MapRole): Promise<MembershipChange>
  /** Removes a member; refuses to remove a map's last owner. */
  removeMember(mapId: string, userId: string): Promise<MembershipChange>
}

/** What the catalogue should say about a map after a batch of updates to its record layer. */
export interface CatalogueChange {
  title?: string
  framework?: Framework
}

export interface StoredLayer {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
  /** The sequence number of the last update read, 0 when there is none. */
  lastSeq: number
}

export interface DocumentStore {
  load(mapId: string, layer: Layer): Promise<StoredLayer>
  /**
   * Appends updates in one durable transaction and returns the last sequence number. Also marks
   * the map changed, and applies a catalogue change in the same transaction so the map list and
   * the record layer never disagree.
   */
  append(mapId: string, layer: Layer, updates: Uint8Array[], catalogue?: CatalogueChange): Promise<number>
  /** Replaces the updates up to `uptoSeq` with one snapshot, atomically. */
  compact(mapId: string, layer: Layer, state: Uint8Array, uptoSeq: number): Promise<void>
}

/** An event as the trail holds it: numbered and timed by the store when it was appended. */
export type AuditRecord = AuditEvent & { id: number; at: string }

export interface AuditQuery {
  event?: AuditEvent['event']
  mapId?: string
  actorUserId?: string
  actorInvitationId?: string
  /** ISO times: from <= at < to. */
  from?: string
  to?: string
  /** Only events numbered below this: the cursor for the next page, newest first. */
  before?: number
  /**
   * Only events concerning this team, as its manager sees them: events on the team's maps, and
   * events on no map whose actor is one of its staff or an invitation to one of its maps. Team
   * membership as it is now, not when the event happened. Null (a manager with no team) matches nothing.
   */
  teamId?: string | null
  limit: number
}

/** How many events match a query (without its limit), and the newest one's id. */
export interface AuditCount {
  events: number
  newestId: number | null
}

/**
 * The audit trail. Append-only by design: there is no method to change or remove an event, and
 * the database refuses to as well.
 */
export interface AuditStore {
  /** Validates the event against its kind's schema (throwing if it does not fit), stamps the time, appends it. */
  append(event: AuditEventInput): Promise<void>
  /** Matching events, newest first. */
  list(query: AuditQuery): Promise<AuditRecord[]>
  /** Counts matching events in one read: with newestId as a bound, a later list sees exactly these. */
  count(query: Omit<AuditQuery, 'limit'>): Promise<AuditCount>
}

export interface TeamRow {
  id: string
  name: string
  createdAt: string
}

export interface TeamStore {
  /** Returns false when the name is already taken. */
  create(team: TeamRow): Promise<boolean>
  list(): Promise<TeamRow[]>
  find(teamId: string): Promise<TeamRow | null>
  findByName(name: string): Promise<TeamRow | null>
  /** Puts a member of staff in a team (or none) and sets whether they manage it. */
  assign(userId: string, teamId: string | null, isManager: boolean): Promise<void>
}

export interface InvitationRow {
  id: string
  mapId: string
  /** One of the map's people: whom the link is for. */
  personId: string
  /** sha256 of the link's token. */
  tokenHash: string
  createdBy: string
  createdAt: number
  expiresAt: number
  revokedAt: number | null
  firstUsedAt: number | null
  /** sha256 of the device cookie of the first browser that used the link. */
  deviceHash: string | null
}

export interface ParticipantSessionRow {
  id: string
  invitationId: string
  csrfToken: string
  createdAt: number
  expiresAt: number
}

export interface InvitationStore {
  create(invitation: InvitationRow): Promise<void>
  findByTokenHash(tokenHash: string): Promise<InvitationRow | null>
  find(id: string): Promise<InvitationRow | null>
  listForMap(mapId: string): Promise<InvitationRow[]>
  /**
   * Binds an unused invitation to a device, or accepts the device it is bound to already, in one
   * step: two devices racing for one link cannot both win. False when another device has it.
   */
  claim(id: string, deviceHash: string, now: number): Promise<boolean>
  /** Revokes the invitation and ends its sessions in one step; false when it was revoked already. */
  revoke(id: string, now: number): Promise<boolean>
  createSession(session: ParticipantSessionRow): Promise<void>
  findSession(id: string): Promise<ParticipantSessionRow | null>
  extendSession(id: string, expiresAt: number): Promise<void>
  deleteSession(id: string): Promise<void>
  deleteExpiredSessions(now: number): Promise<number>
}

/** One answer given in a sealed scaling round, kept off every map document until the reveal. */
export interface SealedAnswerRow {
  mapId: string
  roundId: string
  /** One per person per question (`answerKey`): answering again replaces it. */
  answerKey: string
  /** The answer as JSON (`ScalingAnswer`); the scaling commands validate it on the way back. */
  answer: string
}

/**
 * Sealed scaling answers, on the server only: a map document reaches every device, so a sealed
 * number must not enter one before the reveal. Durable, so a restart before the reveal loses none.
 */
export interface SealedAnswerStore {
  /** Adds an answer or replaces that person's earlier answer to the same question. */
  put(row: SealedAnswerRow): Promise<void>
  listForRound(mapId: string, roundId: string): Promise<SealedAnswerRow[]>
  /** Once the reveal has written them into the record layer, the record is their one home. */
  deleteRound(mapId: string, roundId: string): Promise<void>
}

export interface CheckpointRow {
  id: string
  mapId: string
  /** "Core group 17/11/2026". */
  name: string
  /** The meeting whose close saved it. */
  meetingId: string | null
  createdAt: string
  createdBy: string
}

/**
 * Checkpoints: named, read-only copies of a map (each layer's whole Yjs state), saved when a
 * meeting closes. There is no method to change or remove one, and the database refuses to.
 */
export interface CheckpointStore {
  create(checkpoint: CheckpointRow, layers: Record<Layer, Uint8Array>): Promise<void>
  /** A map's checkpoints without their layers, oldest first. */
  list(mapId: string): Promise<CheckpointRow[]>
  find(mapId: string, checkpointId: string): Promise<(CheckpointRow & { layers: Record<Layer, Uint8Array> }) | null>
}
