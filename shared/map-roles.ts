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
