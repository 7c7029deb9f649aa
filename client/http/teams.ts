import { CreatedTeam, PlacedStaff, TeamsAndStaff } from './contract'
import { request } from './request'

export const listTeams = () => request('GET', '/api/teams', { schema: TeamsAndStaff })

export const createTeam = (name: string) => request('POST', '/api/teams', { body: { name }, schema: CreatedTeam })

export const placeInTeam = (userId: string, teamId: string | null, isManager: boolean) =>
  request('PUT', `/api/users/${encodeURIComponent(userId)}/team`, { body: { teamId, isManager }, schema: PlacedStaff })
