import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { Audience } from '../../../shared/audience.js'
import type { AppContext } from '../context.js'
import { parseInput, RefusedByPolicy } from '../errors.js'
import { requireStaff } from '../signed-in.js'
import { openableMap } from './maps.js'

const AudienceSwitch = z.object({ audience: Audience }).strict()

/**
 * A professional's screen switched between the professional view and the family audience. The
 * browser does the switching (it closes the professional layer itself); the server records that
 * it happened, because who saw what on a projected screen is part of the map's history.
 */
export function audienceRoutes(app: FastifyInstance, context: AppContext): void {
  app.post('/api/maps/:mapId/audience', async (request) => {
    const { actor } = requireStaff(request)
    const map = await openableMap(context, actor, request.params)
    const { audience } = parseInput(AudienceSwitch, request.body)
    if (!(await context.policy.can(actor, 'map:switch-audience', map.id))) {
      throw new RefusedByPolicy(403, 'Only the owner and professionals of this map can switch who the screen is showing to.', {
        action: 'map:switch-audience',
        mapId: map.id,
      })
    }
    await context.store.audit.append({ event: 'audience-switched', actorUserId: actor.id, mapId: map.id, detail: { audience }, ip: request.ip })
    context.log.info({ mapId: map.id, actorId: actor.id, audience }, 'audience switched')
    return { ok: true }
  })
}
