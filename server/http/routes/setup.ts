import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { NewAccount, newUserRow, userView } from '../../auth/accounts.js'
import { hashToken } from '../../auth/tokens.js'
import type { AppContext } from '../context.js'
import { HttpError, parseInput } from '../errors.js'
import { setSessionCookie } from '../signed-in.js'

const SetupRequest = NewAccount.extend({ token: z.string().min(1).max(200) }).strict()

/** The first administrator, made with the one-time link printed at first start. */
export function setupRoutes(app: FastifyInstance, context: AppContext): void {
  const { store, sessions } = context

  app.get('/api/setup', async () => ({ needed: (await store.accounts.count()) === 0 }))

  app.post(
    '/api/setup',
    { config: { csrfExempt: true, rateLimit: rateLimitOf(context) } },
    async (request, reply) => {
      const input = parseInput(SetupRequest, request.body)
      if ((await store.accounts.count()) > 0) throw new HttpError(409, 'Kinmap is already set up. Sign in instead.')
      const user = await newUserRow(input, true)
      if (!(await store.accounts.createFirstAdmin(hashToken(input.token), user))) {
        throw new HttpError(403, 'That setup link is not valid or has already been used.')
      }
      await store.audit.append({ event: 'setup-completed', actorUserId: user.id, mapId: null, detail: {}, ip: request.ip })
      const { token, session } = await sessions.start(user.id)
      setSessionCookie(reply, token, context.secureCookies())
      context.log.info({ userId: user.id }, 'first administrator created')
      return reply.code(201).send({ user: userView(user), csrfToken: session.csrfToken })
    },
  )
}

export const rateLimitOf = (context: AppContext) => ({ max: context.signInLimit.max, timeWindow: context.signInLimit.timeWindowMs })
