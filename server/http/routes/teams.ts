import type { FastifyInstance, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { Id } from '../../../shared/model/schema.js'
import { createTeam, moveToTeam, oversightLost, TeamName } from '../../teams/teams.js'
import type { StaffSignedIn } from '../../auth/sessions.js'
import type { UserRow } from '../../store/store.js'
import type { AppContext } from '../context.js'
import { HttpError, parseInput } from '../errors.js'
import { requireAllowed } from '../allowed.js'
import { requireStaff } from '../signed-in.js'

const NewTeam = z.object({ name: TeamName }).strict()
const UserParams = z.object({ userId: Id }).strict()
const TeamPlace = z
  .object({ teamId: Id.nullable(), isManager: z.boolean().default(false) })
  .strict()
  .refine((place) => place.teamId !== null || !place.isManager, { message: 'a manager needs a team', path: ['isManager'] })

/** A member of staff as the teams page shows them: never the password hash. */
const staffInTeams = (user: UserRow) => ({
  id: user.id,
  name: user.name,
  email: user.email,
  isAdmin: user.isAdmin,
  teamId: user.teamId,
  isManager: user.isManager,
})

/** Teams and who is in them, managed by administrators (`account:manage-teams`). */
export function teamRoutes(app: FastifyInstance, context: AppContext): void {
  const { store, log } = context

  async function requireTeamManagement(request: FastifyRequest): Promise<StaffSignedIn> {
    const signedIn = requireStaff(request)
    await requireAllowed(context, signedIn.actor, 'account:manage-teams', 'Only administrators can manage teams.')
    return signedIn
  }

  app.get('/api/teams', async (request) => {
    await requireTeamManagement(request)
    const [teams, users] = await Promise.all([store.teams.list(), store.accounts.list()])
    return { teams, staff: users.map(staffInTeams) }
  })

  app.post('/api/teams', async (request, reply) => {
    const { actor } = await requireTeamManagement(request)
    const { name } = parseInput(NewTeam, request.body)
    const team = await createTeam(store, name, { actorUserId: actor.id, source: 'api', ip: request.ip })
    if (!team) throw new HttpError(409, 'There is already a team with that name.')
    log.info({ teamId: team.id, by: actor.id }, 'team created')
    return reply.code(201).send({ team })
  })

  app.put('/api/users/:userId/team', async (request) => {
    const { actor } = await requireTeamManagement(request)
    const { userId } = parseInput(UserParams, request.params, 'address')
    const { teamId, isManager } = parseInput(TeamPlace, request.body)
    const user = await store.accounts.findById(userId)
    if (!user) throw new HttpError(404, 'There is no such member of staff.')
    if (teamId !== null && !(await store.teams.find(teamId))) throw new HttpError(404, 'There is no such team.')
    const change = await moveToTeam(store, user, teamId, isManager, { actorUserId: actor.id, source: 'api', ip: request.ip })
    log.info({ userId, teamId, isManager, by: actor.id }, 'team changed')
    // A manager moved out of a team (or no longer its manager) stops reading its maps now, not
    // when their sockets next reconnect: the policy is asked again for each one open.
    const lostTeam = oversightLost(change)
    if (lostTeam !== null) {
      for (const map of await store.catalogue.listForTeam(lostTeam)) await context.syncAccess.reviewAccess(map.id, user.id)
    }
    return { user: staffInTeams(change.after) }
  })
}
