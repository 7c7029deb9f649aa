import { z } from 'zod'
import { Framework } from '../../shared/framework'
import { AccessRole, MapRole } from '../../shared/map-roles'

/** The shapes of the server's JSON answers, as the client relies on them. */

export const User = z.object({ id: z.string(), name: z.string(), email: z.string(), isAdmin: z.boolean(), isManager: z.boolean() })
export type User = z.infer<typeof User>

/** A family or network member, in through their invitation: one map, one person on it. */
export const Participant = z.object({
  invitationId: z.string(),
  mapId: z.string(),
  personId: z.string(),
  name: z.string(),
  expiresAt: z.string(),
})
export type Participant = z.infer<typeof Participant>

const SessionCommon = { csrfToken: z.string(), tldrawLicenseKey: z.string().nullable().optional() }
export const StaffSession = z.object({ user: User, ...SessionCommon })
export const ParticipantSession = z.object({ participant: Participant, ...SessionCommon })
export const Session = z.union([StaffSession, ParticipantSession])
export type Session = z.infer<typeof Session>

export const Redeemed = z.object({ mapId: z.string() })

export const InvitationState = z.enum(['waiting', 'in-use', 'expired', 'withdrawn'])
export type InvitationState = z.infer<typeof InvitationState>
export const Invitation = z.object({
  id: z.string(),
  personId: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  firstUsedAt: z.string().nullable(),
  state: InvitationState,
})
export type Invitation = z.infer<typeof Invitation>
export const InvitationList = z.object({ invitations: z.array(Invitation) })
export const CreatedInvitation = z.object({ invitation: Invitation, link: z.string() })

export const SetupNeeded = z.object({ needed: z.boolean() })
export const SetupDone = z.object({ user: User, csrfToken: z.string() })


/** A map in the list: one the person is a member of, or (role 'manager') one of their team's. */
export const MapSummary = z.object({
  id: z.string(),
  title: z.string(),
  framework: Framework,
  role: AccessRole,
  updatedAt: z.string(),
})
export type MapSummary = z.infer<typeof MapSummary>
export const MapList = z.object({ maps: z.array(MapSummary) })

export const CreatedMap = z.object({ id: z.string() })

const LayerRight = z.enum(['edit', 'read'])
export type LayerRight = z.infer<typeof LayerRight>

/** What this person may do with each layer; a layer they may not read is absent or null. */
export const MapAccess = z.object({
  shared: LayerRight,
  professional: LayerRight.nullish(),
  record: z.literal('read'),
})
export type MapAccess = z.infer<typeof MapAccess>

export const MapInfo = z.object({
  id: z.string(),
  title: z.string(),
  framework: Framework,
  role: AccessRole,
  layers: MapAccess,
})
export type MapInfo = z.infer<typeof MapInfo>

export const Member = z.object({ userId: z.string(), name: z.string(), email: z.string(), role: MapRole })
export type Member = z.infer<typeof Member>
export const MemberList = z.object({ members: z.array(Member) })

export const CommandDone = z.object({ ok: z.literal(true) })

/** What the sign-in page offers besides a Kinmap password: the council's sign-in, when configured. */
export const SignInOptions = z.object({ council: z.object({ label: z.string() }).nullable() })
export type SignInOptions = z.infer<typeof SignInOptions>

/** Teams and the staff in them, as administrators manage them. */
export const Team = z.object({ id: z.string(), name: z.string(), createdAt: z.string() })
export type Team = z.infer<typeof Team>
export const StaffInTeams = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  isAdmin: z.boolean(),
  teamId: z.string().nullable(),
  isManager: z.boolean(),
})
export type StaffInTeams = z.infer<typeof StaffInTeams>
export const TeamsAndStaff = z.object({ teams: z.array(Team), staff: z.array(StaffInTeams) })
export const CreatedTeam = z.object({ team: Team })
export const PlacedStaff = z.object({ user: StaffInTeams })
