import { z } from 'zod'
import { newId } from '../../shared/model/ids.js'
import type { Store, TeamRow, UserRow } from '../store/store.js'

/**
 * Teams and their managers, the same from the command line and the API. A manager reads the maps
 * of their team (made by someone while in it) without being a member of them: oversight, not case
 * work. Who may manage teams is the policy's `account:manage-teams` (administrators).
 */

export const TeamName = z
  .string()
  .trim()
  .min(1, 'a team needs a name')
  .max(80, 'a team name can be at most 80 characters')
  .refine((name) => name.toLowerCase() !== 'none', '"none" is kept for "no team"')

type Source = 'api' | 'cli'

/** Makes a team and records it in the trail; null when a team has that name already (whatever its case). */
export async function createTeam(store: Store, name: string, by: { actorUserId: string | null; source: Source; ip: string | null }): Promise<TeamRow | null> {
  const team: TeamRow = { id: newId(), name, createdAt: new Date().toISOString() }
  if (!(await store.teams.create(team))) return null
  await store.audit.append({ event: 'team-created', actorUserId: by.actorUserId, mapId: null, detail: { teamId: team.id, source: by.source }, ip: by.ip })
  return team
}

export interface TeamChange {
  before: Pick<UserRow, 'teamId' | 'isManager'>
  after: UserRow
}

/** Puts a member of staff in a team (or none), as its manager or not, and records it in the trail. */
export async function moveToTeam(
  store: Store,
  user: UserRow,
  teamId: string | null,
  isManager: boolean,
  by: { actorUserId: string | null; source: Source; ip: string | null },
): Promise<TeamChange> {
  await store.teams.assign(user.id, teamId, isManager)
  await store.audit.append({
    event: 'user-team-changed',
    actorUserId: by.actorUserId,
    mapId: null,
    detail: { userId: user.id, teamId, isManager, source: by.source },
    ip: by.ip,
  })
  return { before: { teamId: user.teamId, isManager: user.isManager }, after: { ...user, teamId, isManager } }
}

/**
 * The team whose maps someone may have been reading as its manager and may no longer: their
 * sockets on those maps must be looked at again. Null when their oversight did not shrink.
 */
export function oversightLost({ before, after }: TeamChange): string | null {
  if (!before.isManager || before.teamId === null) return null
  return after.isManager && after.teamId === before.teamId ? null : before.teamId
}
