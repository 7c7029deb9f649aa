import { z } from 'zod'
import { MapCommand, type MapCommandType } from '../../shared/commands.js'
import { Audience } from '../../shared/audience.js'
import { ExportFormat } from '../../shared/export.js'
import { Id, Layer } from '../../shared/model/schema.js'
import { ACCOUNT_ACTIONS, MAP_ACTIONS, type Actor as PolicyActor } from '../policy.js'
import { MAP_ROLES } from '../store/store.js'

/**
 * Every kind of event the audit trail records, and the exact shape of each one's detail. Strict
 * objects of ids, enums and counts only: a name, an email, a title or card text has nowhere to go,
 * and an event that tries to carry one is refused rather than stored.
 */

/**
 * Who acted. Staff by account id; a family or network member by their invitation's id (they have
 * no account); nobody for the CLI or an unknown account. An event records one of them, never both.
 */
const Staff = { actorUserId: Id, actorInvitationId: z.null().default(null) }
const StaffOrNobody = { actorUserId: Id.nullable(), actorInvitationId: z.null().default(null) }
const Nobody = { actorUserId: z.null(), actorInvitationId: z.null().default(null) }
const Participant = { actorUserId: z.null(), actorInvitationId: Id }
const NoMap = z.null()
/** The socket address the request came from (`trustProxy` is off, so never a forwarded header).
 * Node reports none for a socket that closed before the request was handled: stored as null. */
const Ip = z
  .union([z.ipv4(), z.ipv6()])
  .nullish()
  .transform((ip) => ip ?? null)
const Role = z.enum(MAP_ROLES)
const Source = z.enum(['api', 'cli', 'oidc'])
const SignInMethod = z.enum(['password', 'oidc'])

const ACTIONS = [...MAP_ACTIONS, ...ACCOUNT_ACTIONS] as const
const COMMAND_TYPES = MapCommand.options.map((option) => option.shape.type.value) as [MapCommandType, ...MapCommandType[]]

type Actor = typeof Staff | typeof StaffOrNobody | typeof Nobody | typeof Participant

function kind<E extends string, A extends Actor, M extends z.ZodType, D extends z.ZodRawShape>(event: E, actor: A, mapId: M, detail: D) {
  return z.object({ event: z.literal(event), ...actor, mapId, detail: z.object(detail).strict(), ip: Ip }).strict()
}

/** Events a member of staff or a family member can cause alike: one kind each, two actor forms. */
function eitherActor<E extends string, M extends z.ZodType, D extends z.ZodRawShape>(event: E, mapId: M, detail: D) {
  return [kind(event, Staff, mapId, detail), kind(event, Participant, mapId, detail)] as const
}

const InvitationRefusal = z.enum(['unknown', 'expired', 'revoked', 'other-device'])

const EVENTS = [
  kind('sign-in', Staff, NoMap, { method: SignInMethod.optional() }),
  // The account's id when it exists; for an unknown one nothing but the address, never the typed email.
  kind('sign-in-failed', StaffOrNobody, NoMap, { reason: z.enum(['wrong-password', 'locked', 'unknown-account', 'provider-refused']) }),
  ...eitherActor('sign-out', NoMap, {}),
  kind('setup-completed', Staff, NoMap, {}),
  kind('user-created', StaffOrNobody, NoMap, { userId: Id, isAdmin: z.boolean(), source: Source }),
  kind('user-team-changed', StaffOrNobody, NoMap, { userId: Id, teamId: Id.nullable(), isManager: z.boolean(), source: Source }),
  kind('team-created', StaffOrNobody, NoMap, { teamId: Id, source: Source }),
  kind('map-created', Staff, Id, {}),
  kind('demo-map-created', Nobody, Id, { ownerUserId: Id, source: z.literal('cli') }),
  ...eitherActor('map-opened', Id, { layer: Layer, access: z.enum(['read', 'edit']) }),
  ...eitherActor('editing-session-ended', Id, { layer: Layer, updates: z.number().int().positive() }),
  kind('member-added', Staff, Id, { userId: Id, role: Role }),
  kind('member-role-changed', Staff, Id, { userId: Id, role: Role, previousRole: Role }),
  kind('member-removed', Staff, Id, { userId: Id, role: Role }),
  ...eitherActor('command', Id, { type: z.enum(COMMAND_TYPES) }),
  kind('invitation-created', Staff, Id, { invitationId: Id, personId: Id, expiresAt: z.iso.datetime() }),
  kind('invitation-revoked', Staff, Id, { invitationId: Id }),
  kind('invitation-used', Participant, Id, { firstUse: z.boolean() }),
  // A link that did not let someone in: the invitation's id and map when the token was a real one.
  kind('invitation-refused', Nobody, Id.nullable(), { invitationId: Id.nullable(), reason: InvitationRefusal }),
  kind('audience-switched', Staff, Id, { audience: z.enum(['family', 'professional']) }),
  // A meeting's read-only copy of the map, opened for one audience.
  ...eitherActor('checkpoint-opened', Id, { checkpointId: Id, audience: z.enum(['family', 'professional']) }),
  // A new map started from a checkpoint: the event is on the new map.
  kind('review-map-created', Staff, Id, { sourceMapId: Id, checkpointId: Id }),
  kind('audit-viewed', Staff, NoMap, { filtered: z.boolean() }),
  kind('audit-exported', Staff, NoMap, { rows: z.number().int().nonnegative() }),
  // A map exported to a file: the template by its id, never a word of what the file holds.
  ...eitherActor('map-exported', Id, { format: ExportFormat, templateId: Id, audience: Audience, source: z.enum(['api', 'cli']) }),
  // mapId is the one asked for, which may not exist: a refusal does not say, and neither does the trail.
  ...eitherActor('access-refused', Id.nullable(), { where: z.enum(['http', 'sync', 'command', 'cli']), action: z.enum(ACTIONS), layer: Layer.optional() }),
] as const

export const AuditEvent = z.union(EVENTS)
/** What an event looks like when it is written: the actor forms that default may be left out. */
export type AuditEventInput = z.input<typeof AuditEvent>
export type AuditEvent = z.infer<typeof AuditEvent>
export type AuditEventKind = AuditEvent['event']

/** The actor fields of an event, for whoever is acting. */
export const actorFields = (actor: PolicyActor) =>
  actor.kind === 'staff'
    ? { actorUserId: actor.id, actorInvitationId: null }
    : ({ actorUserId: null, actorInvitationId: actor.id } as const)
