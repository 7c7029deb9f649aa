import type { FastifyInstance } from 'fastify'
import { MapCommand } from '../../../shared/commands.js'
import { CommandRefused } from '../../maps/command-refused.js'
import { runCommand } from '../../maps/run-command.js'
import type { AppContext } from '../context.js'
import { HttpError, parseInput, RefusedByPolicy } from '../errors.js'
import { requireSignedIn } from '../signed-in.js'
import { openableMap } from './maps.js'

const REFUSAL_STATUS = { 'not-on-map': 404, 'not-ready': 409, 'bad-value': 400 } as const

/** Server commands: changes to a map's record layer that only the server makes. */
export function commandRoutes(app: FastifyInstance, context: AppContext): void {
  app.post('/api/maps/:mapId/commands', async (request) => {
    const { user } = requireSignedIn(request)
    const map = await openableMap(context, user, request.params)
    if (!(await context.policy.can(user, 'map:command', map.id))) {
      throw new RefusedByPolicy(403, "Observers cannot change the map's settings.", { action: 'map:command', mapId: map.id })
    }
    const command = parseInput(MapCommand, request.body, 'command')
    try {
      await runCommand(context.rooms, map.id, command, { userId: user.id })
    } catch (error) {
      if (error instanceof CommandRefused) throw new HttpError(REFUSAL_STATUS[error.reason], error.message)
      throw error
    }
    await context.store.audit.append({ event: 'command', actorUserId: user.id, mapId: map.id, detail: { type: command.type }, ip: request.ip })
    context.log.info({ mapId: map.id, userId: user.id, command: command.type }, 'command run')
    return { ok: true }
  })
}
