import { z } from 'zod'
import { MapCommand, type MapCommandType } from '../../shared/commands.js'
import { Id, Layer } from '../../shared/model/schema.js'
import type { AccountAction, MapAction } from '../policy.js'
import { MAP_ROLES } from '../store/store.js'

/**
 * Every kind of event the audit trail records, and the exact shape of each one's detail. Strict
 * objects of ids, enums and counts only: a name, an email, a title or card text has nowhere to go,
 * and an event that tries to carry one is refused rather than stored.
 */

/** Who acted: a member of staff by id, or nobody signed in (the CLI, an unknown account). */
const Staff = Id
const Nobody = z.null()
const NoMap = z.null()
/** The socket address the request came from (`trustProxy` is off, so never a forwarded header).
 * Node reports none for a socket that closed before the request was handled: stored as null. */
const Ip = z
  .union([z.ipv4(), z.ipv6()])
  .nullish()
  .transform((ip) => ip ?? null)
const Role = z.enum(MAP_ROLES)
const Source = z.enum(['api', 'cli'])

const ACTIONS = ['map:open', 'map:manage-members', 'map:command', 'layer:read', 'layer:write', 'account:create'] as const satisfies ReadonlyArray<
  MapAction | AccountAction
>
const COMMAND_TYPES = MapCommand.options.map((option) => option.shape.type.value) as [MapCommandType, ...MapCommandType[]]

function kind<E extends string, A extends z.ZodType, M extends z.ZodType, D extends z.ZodRawShape>(event: E, actorUserId: A, mapId: M, detail: D) {
  return z.object({ event: z.literal(event), actorUserId, mapId, detail: z.object(detail).strict(), ip: Ip }).strict()
}

export const AuditEvent = z.discriminatedUnion('event', [
  kind('sign-in', Staff, NoMap, {}),
  // The account's id when it exists; for an unknown one nothing but the address, never the typed email.
  kind('sign-in-failed', Staff.nullable(), NoMap, { reason: z.enum(['wrong-password', 'locked', 'unknown-account']) }),
  kind('sign-out', Staff, NoMap, {}),
  kind('setup-completed', Staff, NoMap, {}),
  kind('user-created', Staff.nullable(), NoMap, { userId: Id, isAdmin: z.boolean(), source: Source }),
  kind('map-created', Staff, Id, {}),
  kind('demo-map-created', Nobody, Id, { ownerUserId: Id, source: z.literal('cli') }),
  kind('map-opened', Staff, Id, { layer: Layer, access: z.enum(['read', 'edit']) }),
  kind('editing-session-ended', Staff, Id, { layer: Layer, updates: z.number().int().positive() }),
  kind('member-added', Staff, Id, { userId: Id, role: Role }),
  kind('member-role-changed', Staff, Id, { userId: Id, role: Role, previousRole: Role }),
  kind('member-removed', Staff, Id, { userId: Id, role: Role }),
  kind('command', Staff, Id, { type: z.enum(COMMAND_TYPES) }),
  // mapId is the one asked for, which may not exist: a refusal does not say, and neither does the trail.
  kind('access-refused', Staff, Id.nullable(), { where: z.enum(['http', 'sync']), action: z.enum(ACTIONS), layer: Layer.optional() }),
])
export type AuditEvent = z.infer<typeof AuditEvent>
export type AuditEventKind = AuditEvent['event']
