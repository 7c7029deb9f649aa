import type { FastifyInstance } from 'fastify'
import { RefusedByPolicy } from '../http/errors.js'
import { actorFields } from './events.js'
import type { AuditStore } from '../store/store.js'

/**
 * Records every request the policy refused as access-refused: who asked, for what, on which map.
 * One hook rather than a line in each route, so a new route that throws RefusedByPolicy is
 * recorded without remembering to.
 */
export function recordHttpRefusals(app: FastifyInstance, audit: AuditStore): void {
  app.addHook('onError', async (request, _reply, error) => {
    if (!(error instanceof RefusedByPolicy) || !request.signedIn) return
    const { action, mapId } = error.refused
    await audit.append({ event: 'access-refused', ...actorFields(request.signedIn.actor), mapId, detail: { where: 'http', action }, ip: request.ip })
  })
}
