import type { MapCommandType } from '../../shared/commands.js'
import { MAP_ROLE_NAMES } from '../../shared/map-roles.js'
import type { Layer } from '../../shared/model/schema.js'
import type { AccountAction, MapAction } from '../policy.js'
import type { AuditRecord } from '../store/store.js'
import type { AuditEventKind } from './events.js'
import { formatLondonDateTime } from '../../shared/london-time.js'
import { EXPORT_FORMAT_NAMES } from '../../shared/export.js'
import type { TrailNames } from './trail-names.js'

/**
 * The trail in plain words, for an information-governance officer or a team manager who has never
 * seen the code: what each kind of event is called, who did it and what it means.
 */

/** Every kind, in the order the filter lists them. */
export const EVENT_NAMES: Record<AuditEventKind, string> = {
  'sign-in': 'Signed in',
  'sign-in-failed': 'Sign-in failed',
  'sign-out': 'Signed out',
  'setup-completed': 'Kinmap set up',
  'user-created': 'Account created',
  'user-team-changed': 'Team changed',
  'team-created': 'Team created',
  'map-created': 'Map created',
  'demo-map-created': 'Demo map created',
  'map-opened': 'Map opened',
  'editing-session-ended': 'Editing session ended',
  'member-added': 'Member added',
  'member-role-changed': 'Member’s role changed',
  'member-removed': 'Member removed',
  command: 'Map setting changed',
  'invitation-created': 'Invitation created',
  'invitation-revoked': 'Invitation withdrawn',
  'invitation-used': 'Invitation used',
  'invitation-refused': 'Invitation link refused',
  'audience-switched': 'Audience switched',
  'checkpoint-opened': 'Meeting copy of the map opened',
  'review-map-created': 'Review map started',
  'audit-viewed': 'Audit trail viewed',
  'audit-exported': 'Audit trail downloaded',
  'map-exported': 'Map exported',
  'access-refused': 'Access refused',
}

export const AUDIT_EVENT_KINDS = Object.keys(EVENT_NAMES) as [AuditEventKind, ...AuditEventKind[]]

const LAYER_NAMES: Record<Layer, string> = { shared: 'shared layer', professional: 'professional layer', record: 'record layer' }

// Partial on purpose: a command added later shows by its type until it is named here.
const COMMAND_NAMES: Partial<Record<MapCommandType, string>> = {
  'rename-map': 'Map renamed',
  'set-framework': 'Framework changed',
  'share-pair': 'Statement and goal shared with the family',
  'agree-pair': 'Statement and goal agreed',
  'start-meeting': 'Meeting started',
  'move-meeting-step': 'Meeting moved to another step',
  'close-meeting': 'Meeting closed and its copy of the map saved',
  'record-meeting-changes': 'What changed since the last meeting recorded',
  'add-best-question': 'Best question added',
}

const ACTION_NAMES: Record<MapAction | AccountAction, string> = {
  'map:open': 'open the map',
  'map:manage-members': 'change who is on the map',
  'map:invite': 'invite family or network',
  'map:command': 'change the map’s settings or record',
  'map:answer-scaling': 'answer a scaling question',
  'map:add-best-question': 'add a best question',
  'map:switch-audience': 'switch the audience',
  'map:export': 'export the map',
  'layer:read': 'read a layer',
  'layer:write': 'change a layer',
  'account:create': 'add a staff account',
  'account:manage-teams': 'manage teams',
  'audit:read': 'read the audit trail',
  'staff:area': 'open a page for staff only',
}

const SOURCE_NAMES = { api: 'by an administrator in Kinmap', cli: 'from the server’s command line', oidc: 'at first council sign-in' } as const

const role = (value: keyof typeof MAP_ROLE_NAMES) => MAP_ROLE_NAMES[value].toLowerCase()
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** A staff account by name, or by id when it has none (the account is gone, or never existed). */
function person(names: TrailNames, id: string): string {
  return names.person(id) ?? `unknown account ${id}`
}

/** Who acted, as the viewer should read it. */
export function whoActed(record: AuditRecord, names: TrailNames): string {
  if (record.actorUserId !== null) return person(names, record.actorUserId)
  if (record.actorInvitationId !== null) return `Family or network member (invitation ${record.actorInvitationId})`
  return 'source' in record.detail && record.detail.source === 'cli' ? 'Server command line' : 'Nobody signed in'
}

/** What the event's detail says, in a sentence; '' when there is nothing to add. */
export function detailInWords(record: AuditRecord, names: TrailNames): string {
  switch (record.event) {
    case 'sign-in':
      return record.detail.method === 'oidc' ? 'With council sign-in' : 'With a password'
    case 'sign-in-failed':
      return {
        'wrong-password': 'Wrong password',
        locked: 'Account locked after repeated failures',
        'unknown-account': 'No account has that email address',
        'provider-refused': 'Council sign-in refused it',
      }[record.detail.reason]
    case 'sign-out':
    case 'setup-completed':
    case 'map-created':
      return ''
    case 'user-created':
      return `${person(names, record.detail.userId)}${record.detail.isAdmin ? ', an administrator,' : ''} added ${SOURCE_NAMES[record.detail.source]}`
    case 'user-team-changed': {
      const { userId, teamId, isManager } = record.detail
      if (teamId === null) return `${person(names, userId)} taken out of their team`
      return `${person(names, userId)} put in team ${names.team(teamId) ?? teamId}${isManager ? ' as its manager' : ''}`
    }
    case 'team-created':
      return `Team ${names.team(record.detail.teamId) ?? record.detail.teamId}, ${SOURCE_NAMES[record.detail.source]}`
    case 'demo-map-created':
      return `Owned by ${person(names, record.detail.ownerUserId)}`
    case 'map-opened':
      return `The ${LAYER_NAMES[record.detail.layer]}, ${record.detail.access === 'edit' ? 'able to change it' : 'read only'}`
    case 'editing-session-ended':
      return `${plural(record.detail.updates, 'change', 'changes')} to the ${LAYER_NAMES[record.detail.layer]}`
    case 'member-added':
      return `${person(names, record.detail.userId)} added as ${role(record.detail.role)}`
    case 'member-role-changed':
      return `${person(names, record.detail.userId)} changed from ${role(record.detail.previousRole)} to ${role(record.detail.role)}`
    case 'member-removed':
      return `${person(names, record.detail.userId)} (${role(record.detail.role)}) removed`
    case 'command':
      return COMMAND_NAMES[record.detail.type] ?? `Command ${record.detail.type}`
    case 'invitation-created':
      return `Invitation ${record.detail.invitationId} for person ${record.detail.personId}, until ${formatLondonDateTime(record.detail.expiresAt)}`
    case 'invitation-revoked':
      return `Invitation ${record.detail.invitationId}`
    case 'invitation-used':
      return record.detail.firstUse ? 'First use of the link' : 'The link used again'
    case 'invitation-refused': {
      const reason = { unknown: 'Link not recognised', expired: 'Link out of date', revoked: 'Link withdrawn', 'other-device': 'Link already used on another device' }[record.detail.reason]
      return record.detail.invitationId === null ? reason : `${reason} (invitation ${record.detail.invitationId})`
    }
    case 'audience-switched':
      return record.detail.audience === 'family' ? 'To the family and network view' : 'Back to the professional view'
    case 'checkpoint-opened':
      return `Copy ${record.detail.checkpointId}, ${record.detail.audience === 'family' ? 'as the family sees it' : 'with professionals-only information'}`
    case 'review-map-created':
      return `From copy ${record.detail.checkpointId} of map ${record.detail.sourceMapId}`
    case 'audit-viewed':
      return record.detail.filtered ? 'With filters' : 'Everything they may see'
    case 'audit-exported':
      return `${plural(record.detail.rows, 'event', 'events')} downloaded as CSV`
    case 'map-exported': {
      const { format, templateId, audience, source } = record.detail
      return `Template ${templateId}, ${EXPORT_FORMAT_NAMES[format]}, for the ${audience === 'family' ? 'family and network' : 'professionals'}${source === 'cli' ? ', from the server’s command line' : ''}`
    }
    case 'access-refused': {
      const where = { http: '', sync: ' (live connection)', command: ' (command)', cli: ' (server command line)' }[record.detail.where]
      const layer = record.detail.layer ? ` – the ${LAYER_NAMES[record.detail.layer]}` : ''
      return `Asked to ${ACTION_NAMES[record.detail.action]}${layer}${where}`
    }
  }
}
