import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { Audience } from '../../../shared/audience.js'
import type { Checkpoint } from '../../../shared/model/checkpoint.js'
import { Id } from '../../../shared/model/schema.js'
import { createReviewMap } from '../../maps/create-map.js'
import { readCheckpoint } from '../../maps/checkpoints.js'
import type { CheckpointRow } from '../../store/store.js'
import { actorFields } from '../../audit/events.js'
import type { AppContext } from '../context.js'
import { HttpError, parseInput, RefusedByPolicy } from '../errors.js'
import { requireSignedIn, requireStaff } from '../signed-in.js'
import { mapAllowing } from '../allowed.js'
import { openableMap } from './maps.js'

const CheckpointParams = z.object({ mapId: Id, checkpointId: Id }).strict()
const ReadQuery = z.object({ audience: Audience.optional() }).strict()
const NO_SUCH_CHECKPOINT = 'There is no such copy of this map.'

const summary = ({ id, name, meetingId, createdAt, createdBy }: CheckpointRow): Checkpoint => ({ id, name, meetingId, createdAt, createdBy })

/**
 * Checkpoints: the read-only copies of a map its meetings saved. Anyone who may open the map may
 * list them and read one, as the policy lets them read the map: the professional layer only for
 * those who may read it, and never in the family audience. A review map can start from one.
 */
export function checkpointRoutes(app: FastifyInstance, context: AppContext): void {
  const { store, policy } = context

  app.get('/api/maps/:mapId/checkpoints', async (request) => {
    const { actor } = requireSignedIn(request)
    const map = await openableMap(context, actor, request.params)
    return { checkpoints: (await store.checkpoints.list(map.id)).map(summary) }
  })

  app.get('/api/maps/:mapId/checkpoints/:checkpointId', async (request) => {
    const { actor } = requireSignedIn(request)
    const { mapId, checkpointId } = parseInput(CheckpointParams, request.params, 'address')
    const asked = parseInput(ReadQuery, request.query ?? {}, 'address').audience ?? 'professional'
    const map = await openableMap(context, actor, { mapId })
    const mayReadProfessional = await policy.can(actor, 'layer:read', map.id, 'professional')
    const audience = asked === 'professional' && mayReadProfessional ? 'professional' : 'family'
    const read = await readCheckpoint(store, map.id, checkpointId, audience)
    if (!read) throw new HttpError(404, NO_SUCH_CHECKPOINT)
    await store.audit.append({ event: 'checkpoint-opened', ...actorFields(actor), mapId: map.id, detail: { checkpointId, audience }, ip: request.ip })
    return { checkpoint: summary(read.checkpoint), audience, reading: read.reading }
  })

  app.post('/api/maps/:mapId/checkpoints/:checkpointId/review-map', async (request, reply) => {
    const { user, actor } = requireStaff(request)
    const { mapId, checkpointId } = parseInput(CheckpointParams, request.params, 'address')
    const map = await mapAllowing(context, actor, { mapId }, 'map:command', 'Only the people running this map can start a review map from it.')
    // The copy holds every layer: only someone who may read them all may carry it to a new map.
    if (!(await policy.can(actor, 'layer:read', map.id, 'professional'))) {
      throw new RefusedByPolicy(403, 'Only the people running this map can start a review map from it.', { action: 'layer:read', mapId: map.id })
    }
    const found = await store.checkpoints.find(map.id, checkpointId)
    if (!found) throw new HttpError(404, NO_SUCH_CHECKPOINT)
    const id = await createReviewMap(store, user, found.layers)
    await store.audit.append({ event: 'review-map-created', actorUserId: user.id, mapId: id, detail: { sourceMapId: map.id, checkpointId }, ip: request.ip })
    context.log.info({ mapId: id, sourceMapId: map.id, checkpointId, userId: user.id }, 'review map created')
    return reply.code(201).send({ id })
  })
}
