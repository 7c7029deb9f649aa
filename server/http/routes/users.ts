import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { createAccount, NewAccount, userView } from '../../auth/accounts.js'
import type { AppContext } from '../context.js'
import { HttpError, parseInput } from '../errors.js'
import { requireAllowed } from '../allowed.js'
import { requireStaff } from '../signed-in.js'

const NewStaff = NewAccount.extend({ isAdmin: z.boolean().default(false) }).strict()

/** Staff accounts, added by administrators. */
export function userRoutes(app: FastifyInstance, context: AppContext): void {
  const { store, log } = context
  app.post('/api/users', async (request, reply) => {
    const { actor } = requireStaff(request)
    await requireAllowed(context, actor, 'account:create', 'Only administrators can add staff accounts.')
    const input = parseInput(NewStaff, request.body)
    const user = await createAccount(store, input, input.isAdmin)
    if (!user) throw new HttpError(409, 'There is already an account with that email address.')
    const detail = { userId: user.id, isAdmin: user.isAdmin, source: 'api' as const }
    await store.audit.append({ event: 'user-created', actorUserId: actor.id, mapId: null, detail, ip: request.ip })
    log.info({ userId: user.id, by: actor.id, isAdmin: user.isAdmin }, 'staff account created')
    return reply.code(201).send({ user: userView(user) })
  })
}
