import type { FastifyInstance } from 'fastify'
import { MapCommand } from '../../../shared/commands.js'
import { CommandRefused } from '../../maps/command-refused.js'
import { runCommand, type CommandSender } from '../../maps/run-command.js'
import type { AppContext } from '../context.js'
import { HttpError, parseInput, RefusedByPolicy } from '../errors.js'
import { requireSignedIn } from '../signed-in.js'
import { actorFields } from '../../audit/events.js'
import { openableMap } from './maps.js'
import { commandAction, type Actor } from '../../policy.js'

const REFUSAL_STATUS = { 'not-on-map': 404, 'not-ready': 409, 'bad-value': 400, 'not-yours': 403 } as const

/** Server commands: changes to a map's record layer that only the server makes. */
export function commandRoutes(app: FastifyInstance, context: AppContext): void {
  app.post('/api/maps/:mapId/commands', async (request) => {
    const { actor } = requireSignedIn(request)
    const map = await openableMap(context, actor, request.params)
    const command = parseInput(MapCommand, request.body, 'command')
    const action = commandAction(command.type)
    if (!(await context.policy.can(actor, action, map.id))) {
      throw new RefusedByPolicy(403, 'You can read this map but not change it.', { action, mapId: map.id })
    }
    let result
    try {
      result = await runCommand(context, map.id, command, commandSender(actor))
    } catch (error) {
      if (error instanceof CommandRefused) throw new HttpError(REFUSAL_STATUS[error.reason], error.message)
      throw error
    }
    await context.store.audit.append({ event: 'command', ...actorFields(actor), mapId: map.id, detail: { type: command.type }, ip: request.ip })
    context.log.info({ mapId: map.id, actorId: actor.id, command: command.type }, 'command run')
    return { ok: true, ...result }
  })
}

export const commandSender = (actor: Actor): CommandSender =>
  actor.kind === 'staff' ? { kind: 'staff', userId: actor.id } : { kind: 'participant', personId: actor.personId }
