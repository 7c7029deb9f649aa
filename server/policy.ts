import type { Layer } from '../shared/model/schema.js'
import type { AccessRole } from '../shared/map-roles.js'
import type { Store } from './store/store.js'
import type { MapCommandType } from '../shared/commands.js'
import type { Audience } from '../shared/audience.js'

/**
 * The one place that decides who may do what. Routes, the sync upgrade, open sync sockets and
 * server commands all ask `can`; nothing else decides access.
 *
 * Who may act on a map, and how:
 * - owner: everything on the map, including its members and invitations.
 * - professional: reads every layer, edits the shared and professional layers, runs commands
 *   (rename, framework, agreeing, moving items between layers) and invites the family and
 *   network, because professionals run the meeting as much as owners do. Any owner or
 *   professional may move a meeting on, not only its facilitator: the facilitator on record may be
 *   a guest without an account, and facilitator and advisor lead together (two moving at once are
 *   handled by the meeting commands: the first wins).
 * - observer: reads every layer, changes nothing of the map; in group supervision, observers add
 *   best questions (`map:add-best-question`), as the practice asks of them.
 * - manager: a team manager on a map of their team they are not a member of. Reads every layer,
 *   changes nothing: oversight, not case work (a manager who works the case is made a member).
 * - participant: a family or network member who came in through an invitation. Only that map,
 *   never the professional layer; edits the shared layer; answers scaling.
 * - The record layer is never written by a client; the server writes it through commands.
 * - Exporting (map:export) is reading, written to a file: whoever may read every layer an
 *   audience's copy reads may download that copy. So the professional copy is for those who read
 *   the professional layer (owners, professionals, observers, the team's manager), and the
 *   family's copy, built from the shared and record layers alone, is also the family's and
 *   network's own to download on their device. Every export is in the audit trail.
 * - Being an administrator gives no access to any map: access to a case follows need to know,
 *   recorded as membership. Administrators manage accounts and teams, and read the audit trail
 *   (which holds ids, never case text), as information governance does.
 */
export type MapAction =
  | 'map:open'
  | 'map:manage-members'
  | 'map:invite'
  | 'map:command'
  | 'map:answer-scaling'
  | 'map:add-best-question'
  | 'map:switch-audience'
  | 'map:export'
  | 'layer:read'
  | 'layer:write'
export type AccountAction = 'account:create' | 'account:manage-teams' | 'audit:read' | 'staff:area'
export const MAP_ACTIONS = [
  'map:open',
  'map:manage-members',
  'map:invite',
  'map:command',
  'map:answer-scaling',
  'map:add-best-question',
  'map:switch-audience',
  'map:export',
  'layer:read',
  'layer:write',
] as const satisfies readonly MapAction[]
export const ACCOUNT_ACTIONS = ['account:create', 'account:manage-teams', 'audit:read', 'staff:area'] as const satisfies readonly AccountAction[]

/** A member of staff, signed in with an account. */
export interface Staff {
  kind: 'staff'
  id: string
  isAdmin: boolean
  teamId: string | null
  isManager: boolean
}

/** A family or network member, in through an invitation: no account, one map, one person on it. */
export interface Participant {
  kind: 'participant'
  /** The invitation's id: what the audit trail names them by. */
  id: string
  mapId: string
  personId: string
}

export type Actor = Staff | Participant


export const staffActor = (user: { id: string; isAdmin: boolean; teamId: string | null; isManager: boolean }): Staff => ({
  kind: 'staff',
  id: user.id,
  isAdmin: user.isAdmin,
  teamId: user.teamId,
  isManager: user.isManager,
})

const EDITS: ReadonlySet<AccessRole> = new Set(['owner', 'professional'])

export function roleAllows(role: AccessRole | null, action: MapAction, layer?: Layer): boolean {
  if (role === null) return false
  switch (action) {
    case 'map:open':
      return true
    case 'layer:read':
      return layer !== undefined && (role !== 'participant' || layer !== 'professional')
    case 'layer:write':
      if (layer === undefined || layer === 'record') return false
      return EDITS.has(role) || (role === 'participant' && layer === 'shared')
    case 'map:manage-members':
      return role === 'owner'
    case 'map:invite':
    case 'map:command':
    case 'map:switch-audience':
      return EDITS.has(role)
    case 'map:answer-scaling':
      return EDITS.has(role) || role === 'participant'
    case 'map:add-best-question':
      return EDITS.has(role) || role === 'observer'
    case 'map:export':
      // `layer` is the most private layer the copy reads (`exportLayer`): reading it is the right.
      return layer !== undefined && roleAllows(role, 'layer:read', layer)
  }
}

/** The most private layer an audience's export reads: what the policy is asked about for `map:export`. */
export const exportLayer = (audience: Audience): Layer => (audience === 'professional' ? 'professional' : 'shared')

/**
 * What the policy is asked before a command runs: answering scaling is the family's too, adding a
 * best question an observer's too; the rest is for those who run the meeting.
 */
export function commandAction(type: MapCommandType): MapAction {
  if (type === 'answer-scaling') return 'map:answer-scaling'
  if (type === 'add-best-question') return 'map:add-best-question'
  return 'map:command'
}

/** `staff:area`: the pages of staff work (the map list, members, invitations), never a family member's. */
export function accountAllows(actor: Actor, action: AccountAction): boolean {
  if (actor.kind !== 'staff') return false
  switch (action) {
    case 'account:create':
    case 'account:manage-teams':
      return actor.isAdmin
    case 'audit:read':
      return actor.isAdmin || actor.isManager
    case 'staff:area':
      return true
  }
}

export class Policy {
  constructor(private readonly store: Store) {}

  /** How the actor stands on a map, or null when they have no business with it. */
  async roleOn(actor: Actor, mapId: string): Promise<AccessRole | null> {
    if (actor.kind === 'participant') return actor.mapId === mapId ? 'participant' : null
    const member = await this.store.catalogue.roleOf(mapId, actor.id)
    if (member) return member
    if (!actor.isManager || actor.teamId === null) return null
    const map = await this.store.catalogue.find(mapId)
    return map !== null && map.teamId === actor.teamId ? 'manager' : null
  }

  can(actor: Actor, action: AccountAction): Promise<boolean>
  can(actor: Actor, action: MapAction, mapId: string, layer?: Layer): Promise<boolean>
  async can(actor: Actor, action: MapAction | AccountAction, mapId?: string, layer?: Layer): Promise<boolean> {
    if (isAccountAction(action)) return accountAllows(actor, action)
    if (mapId === undefined) return false
    return roleAllows(await this.roleOn(actor, mapId), action, layer)
  }
}

function isAccountAction(action: MapAction | AccountAction): action is AccountAction {
  return (ACCOUNT_ACTIONS as readonly string[]).includes(action)
}

