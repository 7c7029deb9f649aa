import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import { readPeople } from '../../../shared/model/case-map.js'
import { Id } from '../../../shared/model/schema.js'
import { randomToken } from '../../auth/tokens.js'
import {
  createInvitation,
  DEFAULT_INVITATION_DAYS,
  invitationView,
  MAX_INVITATION_DAYS,
  REFUSAL_WORDS,
  redeemInvitation,
} from '../../invitations/invitations.js'
import type { Staff } from '../../policy.js'
import type { AppContext } from '../context.js'
import { HttpError, parseInput } from '../errors.js'
import { requireStaff, setSessionCookie } from '../signed-in.js'
import { mapAllowing } from '../allowed.js'
import { rateLimitOf } from './setup.js'

const NewInvitation = z
  .object({
    personId: Id,
    days: z.number().int().min(1).max(MAX_INVITATION_DAYS).default(DEFAULT_INVITATION_DAYS),
  })
  .strict()
const InvitationParams = z.object({ mapId: Id, invitationId: Id }).strict()
const Redeem = z.object({ token: z.string().min(1).max(200) }).strict()

/**
 * Remembers which browser opened an invitation, for as long as an invitation can live. Scoped to
 * the redeem route: it identifies a device to one check and goes nowhere else.
 */
const DEVICE_COOKIE = 'kinmap_device'
const DEVICE_COOKIE_PATH = '/api/invitations'

/** Inviting a family or network member, withdrawing the invitation, and opening the link. */
export function invitationRoutes(app: FastifyInstance, context: AppContext): void {
  const { store, rooms, syncAccess } = context

  const invitableMap = (actor: Staff, params: unknown) =>
    mapAllowing(context, actor, params, 'map:invite', 'Only the professionals working on this map can invite the family and network.')

  app.get('/api/maps/:mapId/invitations', async (request) => {
    const { actor } = requireStaff(request)
    const map = await invitableMap(actor, request.params)
    const now = Date.now()
    return { invitations: (await store.invitations.listForMap(map.id)).map((invitation) => invitationView(invitation, now)) }
  })

  app.post('/api/maps/:mapId/invitations', async (request, reply) => {
    const { actor } = requireStaff(request)
    const map = await invitableMap(actor, request.params)
    const { personId, days } = parseInput(NewInvitation, request.body)
    const person = await rooms.withRoom(map.id, 'shared', async (room) => readPeople(room.doc).find((each) => each.id === personId))
    if (!person) throw new HttpError(404, 'That person is not on this map.')
    if (person.group === 'professional') {
      throw new HttpError(400, 'Invitations are for the family and their network; professionals are added as members of the map.')
    }
    const now = Date.now()
    const { invitation, token } = await createInvitation(store, { mapId: map.id, personId, createdBy: actor.id, days }, now)
    const expiresAt = new Date(invitation.expiresAt).toISOString()
    await store.audit.append({
      event: 'invitation-created',
      actorUserId: actor.id,
      mapId: map.id,
      detail: { invitationId: invitation.id, personId, expiresAt },
      ip: request.ip,
    })
    context.log.info({ mapId: map.id, invitationId: invitation.id, by: actor.id }, 'invitation created')
    // The token travels in the fragment: browsers never send it to a server or in a Referer.
    return reply.code(201).send({ invitation: invitationView(invitation, now), link: `${context.origin()}/join#${token}` })
  })

  app.delete('/api/maps/:mapId/invitations/:invitationId', async (request, reply) => {
    const { actor } = requireStaff(request)
    const { mapId, invitationId } = parseInput(InvitationParams, request.params, 'address')
    const map = await invitableMap(actor, { mapId })
    const invitation = await store.invitations.find(invitationId)
    if (!invitation || invitation.mapId !== map.id) throw new HttpError(404, 'There is no such invitation on this map.')
    if (await store.invitations.revoke(invitation.id, Date.now())) {
      await store.audit.append({ event: 'invitation-revoked', actorUserId: actor.id, mapId: map.id, detail: { invitationId }, ip: request.ip })
      syncAccess.invitationWithdrawn(invitation.id)
      context.log.info({ mapId: map.id, invitationId, by: actor.id }, 'invitation withdrawn')
    }
    return reply.code(204).send()
  })

  app.post(
    '/api/invitations/redeem',
    { config: { csrfExempt: true, rateLimit: rateLimitOf(context) } },
    async (request, reply) => {
      const { token } = parseInput(Redeem, request.body)
      const deviceToken = request.cookies[DEVICE_COOKIE] ?? randomToken()
      const now = Date.now()
      const redeemed = await redeemInvitation(store, token, deviceToken, now)
      if (!redeemed.ok) {
        const { invitation, reason } = redeemed
        await store.audit.append({
          event: 'invitation-refused',
          actorUserId: null,
          mapId: invitation?.mapId ?? null,
          detail: { invitationId: invitation?.id ?? null, reason },
          ip: request.ip,
        })
        context.log.info({ invitationId: invitation?.id ?? null, reason }, 'invitation refused')
        throw new HttpError(REFUSAL_WORDS[reason].status, REFUSAL_WORDS[reason].message)
      }
      const { invitation, firstUse } = redeemed
      // Whoever this browser was signed in as before, it is now this family member only.
      if (request.signedIn) await context.sessions.end(request.signedIn)
      await store.audit.append({
        event: 'invitation-used',
        actorUserId: null,
        actorInvitationId: invitation.id,
        mapId: invitation.mapId,
        detail: { firstUse },
        ip: request.ip,
      })
      const { token: sessionToken } = await context.sessions.startParticipant(invitation)
      setSessionCookie(reply, sessionToken, context.secureCookies())
      setDeviceCookie(reply, deviceToken, invitation.expiresAt - now, context.secureCookies())
      context.log.info({ mapId: invitation.mapId, invitationId: invitation.id }, 'invitation used')
      return { mapId: invitation.mapId }
    },
  )
}

function setDeviceCookie(reply: FastifyReply, deviceToken: string, maxAgeMs: number, secure: boolean) {
  reply.setCookie(DEVICE_COOKIE, deviceToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: DEVICE_COOKIE_PATH,
    // Kept at least as long as the longest invitation, so a returning family member is known.
    maxAge: Math.max(Math.ceil(maxAgeMs / 1000), MAX_INVITATION_DAYS * 24 * 60 * 60),
  })
}
