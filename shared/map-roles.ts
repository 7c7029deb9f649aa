import { z } from 'zod'

/** A member of staff's role on one map; what each may do is decided by `server/policy.ts`. */
export const MAP_ROLES = ['owner', 'professional', 'observer'] as const
export const MapRole = z.enum(MAP_ROLES)
export type MapRole = z.infer<typeof MapRole>

export const MAP_ROLE_NAMES: Record<MapRole, string> = {
  owner: 'Owner',
  professional: 'Professional',
  observer: 'Observer (read only)',
}

/**
 * How someone stands on one map, as the server reports it: a stored membership role, or
 * - manager: a team manager looking at a map of their team they are not a member of (reads only);
 * - participant: a family or network member who came in through an invitation.
 */
export const ACCESS_ROLES = [...MAP_ROLES, 'manager', 'participant'] as const
export const AccessRole = z.enum(ACCESS_ROLES)
export type AccessRole = z.infer<typeof AccessRole>

export const ACCESS_ROLE_NAMES: Record<AccessRole, string> = {
  ...MAP_ROLE_NAMES,
  manager: 'Team manager (read only)',
  participant: 'Family or network',
}

/** The roles that change a map's settings and run its commands (the policy's word is final). */
export const runsCommands = (role: AccessRole): boolean => role === 'owner' || role === 'professional'
