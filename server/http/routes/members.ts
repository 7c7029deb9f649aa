import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { Id } from '../../../shared/model/schema.js'
import { Email } from '../../auth/accounts.js'
import type { Actor } from '../../policy.js'
import { MAP_ROLES, type MembershipChange } from '../../store/store.js'
import type { AppContext } from '../context.js'
import { HttpError, parseInput } from '../errors.js'
import { requireStaff } from '../signed-in.js'
import { openableMap } from './maps.js'
import { mapAllowing } from '../allowed.js'

const MemberChange = z.object({ email: Email, role: z.enum(MAP_ROLES) }).strict()
const MemberParams = z.object({ mapId: Id, userId: Id }).strict()
const NOT_A_MEMBER = 'That person is not a member of this map.'

/** Who is on a map, and (for owners) adding, changing and removing them. */
export function memberRoutes(app: FastifyInstance, context: AppContext): void {
  const { store, syncAccess } = context

  const manageableMap = (actor: Actor, params: unknown) =>
    mapAllowing(context, actor, params, 'map:manage-members', "Only the map's owners can change who is on it.")

  app.get('/api/maps/:mapId/members', async (request) => {
    const { actor } = requireStaff(request)
    const map = await openableMap(context, actor, request.params)
    return { members: await store.catalogue.members(map.id) }
  })

  app.put('/api/maps/:mapId/members', async (request) => {
    const { actor } = requireStaff(request)
    const map = await manageableMap(actor, request.params)
    const { email, role } = parseInput(MemberChange, request.body)
    const member = await store.accounts.findByEmail(email)
    if (!member) throw new HttpError(404, 'There is no staff account with that email address.')
    const previousRole = await store.catalogue.roleOf(map.id, member.id)
    refuseLastOwner(await store.catalogue.setRole(map.id, member.id, role))
    // Recorded even when the role was already this one: another owner may have changed it in between.
    const audited = { actorUserId: actor.id, mapId: map.id, ip: request.ip }
    await store.audit.append(
      previousRole === null
        ? { ...audited, event: 'member-added', detail: { userId: member.id, role } }
        : { ...audited, event: 'member-role-changed', detail: { userId: member.id, role, previousRole } },
    )
    await syncAccess.reviewAccess(map.id, member.id)
    context.log.info({ mapId: map.id, userId: member.id, role, by: actor.id }, 'map member set')
    return { members: await store.catalogue.members(map.id) }
  })

  app.delete('/api/maps/:mapId/members/:userId', async (request, reply) => {
    const { actor } = requireStaff(request)
    const { userId } = parseInput(MemberParams, request.params, 'address')
    const map = await manageableMap(actor, { mapId: (request.params as { mapId: string }).mapId })
    // The role they had, for the trail; asked first, so nobody is removed without it.
    const role = await store.catalogue.roleOf(map.id, userId)
    if (role === null) throw new HttpError(404, NOT_A_MEMBER)
    const change = await store.catalogue.removeMember(map.id, userId)
    if (change === 'not-a-member') throw new HttpError(404, NOT_A_MEMBER)
    refuseLastOwner(change)
    await store.audit.append({ event: 'member-removed', actorUserId: actor.id, mapId: map.id, detail: { userId, role }, ip: request.ip })
    await syncAccess.reviewAccess(map.id, userId)
    context.log.info({ mapId: map.id, userId, by: actor.id }, 'map member removed')
    return reply.code(204).send()
  })
}

function refuseLastOwner(change: MembershipChange) {
  if (change === 'last-owner') {
    throw new HttpError(409, 'A map needs at least one owner. Make someone else an owner first.')
  }
}
