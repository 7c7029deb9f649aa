import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { Id } from '../../../shared/model/schema.js'
import { CommandRefused } from '../../maps/command-refused.js'
import { myAnswers } from '../../maps/scaling-rounds.js'
import type { AppContext } from '../context.js'
import { HttpError, parseInput } from '../errors.js'
import { requireSignedIn } from '../signed-in.js'
import { mapAllowing } from '../allowed.js'
import { commandSender } from './commands.js'

const RoundParams = z.object({ mapId: Id, roundId: Id })

/**
 * The answers a person gave for themselves in a scaling round. While a sealed round is unrevealed
 * its numbers are in no map document, so this is how someone's own device shows what they said.
 */
export function scalingRoutes(app: FastifyInstance, context: AppContext): void {
  app.get('/api/maps/:mapId/scaling-rounds/:roundId/my-answers', async (request) => {
    const { actor } = requireSignedIn(request)
    const { mapId, roundId } = parseInput(RoundParams, request.params, 'address')
    const map = await mapAllowing(context, actor, { mapId }, 'map:answer-scaling', 'You can read this map but not answer its scaling questions.')
    try {
      return { answers: await myAnswers(context, map.id, roundId, commandSender(actor)) }
    } catch (error) {
      if (error instanceof CommandRefused) throw new HttpError(404, error.message)
      throw error
    }
  })
}
