import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { Audience } from '../../../shared/audience.js'
import type { AppContext } from '../context.js'
import { parseInput } from '../errors.js'
import { requireStaff } from '../signed-in.js'
import { mapAllowing } from '../allowed.js'

const AudienceSwitch = z.object({ audience: Audience }).strict()

/**
 * A professional's screen switched between the professional view and the family audience. The
 * browser does the switching (it closes the professional layer itself); the server records that
 * it happened, because who saw what on a projected screen is part of the map's history.
 */
export function audienceRoutes(app: FastifyInstance, context: AppContext): void {
  app.post('/api/maps/:mapId/audience', async (request) => {
    const { actor } = requireStaff(request)
    const map = await mapAllowing(
      context,
      actor,
      request.params,
      'map:switch-audience',
      'Only the owner and professionals of this map can switch who the screen is showing to.',
    )
    const { audience } = parseInput(AudienceSwitch, request.body)
    await context.store.audit.append({ event: 'audience-switched', actorUserId: actor.id, mapId: map.id, detail: { audience }, ip: request.ip })
    context.log.info({ mapId: map.id, actorId: actor.id, audience }, 'audience switched')
    return { ok: true }
  })
}
