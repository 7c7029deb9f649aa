import { z } from 'zod'
import { Framework } from '../../shared/framework'
import { MapRole } from '../../shared/map-roles'

/** The shapes of the server's JSON answers, as the client relies on them. */

export const User = z.object({ id: z.string(), name: z.string(), email: z.string(), isAdmin: z.boolean() })
export type User = z.infer<typeof User>

export const Session = z.object({
  user: User,
  csrfToken: z.string(),
  tldrawLicenseKey: z.string().nullable().optional(),
})
export type Session = z.infer<typeof Session>

export const SetupNeeded = z.object({ needed: z.boolean() })
export const SetupDone = z.object({ user: User, csrfToken: z.string() })


export const MapSummary = z.object({
  id: z.string(),
  title: z.string(),
  framework: Framework,
  role: MapRole,
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
  role: MapRole,
  layers: MapAccess,
})
export type MapInfo = z.infer<typeof MapInfo>

export const Member = z.object({ userId: z.string(), name: z.string(), email: z.string(), role: MapRole })
export type Member = z.infer<typeof Member>
export const MemberList = z.object({ members: z.array(Member) })

export const CommandDone = z.object({ ok: z.literal(true) })
