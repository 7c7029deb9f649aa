import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { Id, LAYERS, type Layer } from '../../../shared/model/schema.js'
import { createMap, NewMap } from '../../maps/create-map.js'
import type { AccessRole } from '../../../shared/map-roles.js'
import { roleAllows, type Actor } from '../../policy.js'
import type { MapRow } from '../../store/store.js'
import type { AppContext } from '../context.js'
import { parseInput, RefusedByPolicy } from '../errors.js'
import { requireSignedIn, requireStaff } from '../signed-in.js'

export const MapParams = z.object({ mapId: Id }).strict()

/** The same answer for a map that does not exist and one the person is not a member of. */
export const NO_SUCH_MAP = 'There is no such map, or you are not one of its members.'

/** A map the actor may open, or a 404 that does not say whether it exists. */
export async function openableMap(context: AppContext, actor: Actor, params: unknown) {
  const { mapId } = parseInput(MapParams, params, 'address')
  const map = (await context.policy.can(actor, 'map:open', mapId)) ? await context.store.catalogue.find(mapId) : null
  if (!map) throw new RefusedByPolicy(404, NO_SUCH_MAP, { action: 'map:open', mapId })
  return map
}

/** The maps a person works on, and making a new one. */
export function mapRoutes(app: FastifyInstance, context: AppContext): void {
  const { store, policy } = context

  /**
   * The maps a member of staff is a member of and, for a team manager, their team's other maps
   * with the role 'manager' (read only), as the policy decides: most recently changed first.
   */
  app.get('/api/maps', async (request) => {
    const { user, actor } = requireStaff(request)
    const summary = ({ id, title, framework, updatedAt }: MapRow, role: AccessRole) => ({ id, title, framework, role, updatedAt })
    const own = await store.catalogue.listFor(user.id)
    const maps = own.map((map) => summary(map, map.role))
    if (actor.isManager && actor.teamId !== null) {
      const member = new Set(own.map((map) => map.id))
      for (const map of await store.catalogue.listForTeam(actor.teamId)) {
        if (!member.has(map.id) && (await policy.roleOn(actor, map.id)) === 'manager') maps.push(summary(map, 'manager'))
      }
      maps.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
    }
    return { maps }
  })

  app.post('/api/maps', async (request, reply) => {
    const { user } = requireStaff(request)
    const input = parseInput(NewMap, request.body)
    const id = await createMap(store, user, input)
    await store.audit.append({ event: 'map-created', actorUserId: user.id, mapId: id, detail: {}, ip: request.ip })
    context.log.info({ mapId: id, userId: user.id }, 'map created')
    return reply.code(201).send({ id })
  })

  app.get('/api/maps/:mapId', async (request) => {
    const { actor } = requireSignedIn(request)
    const map = await openableMap(context, actor, request.params)
    const role = await policy.roleOn(actor, map.id)
    // The role is looked up once; the policy's own rule says what it allows on each layer.
    const layers: Partial<Record<Layer, 'edit' | 'read'>> = {}
    for (const layer of LAYERS) {
      if (roleAllows(role, 'layer:write', layer)) layers[layer] = 'edit'
      else if (roleAllows(role, 'layer:read', layer)) layers[layer] = 'read'
    }
    return { id: map.id, title: map.title, framework: map.framework, role, layers }
  })
}
