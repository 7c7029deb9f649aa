import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { userView } from '../../auth/accounts.js'
import { verifyPassword } from '../../auth/passwords.js'
import type { AppContext } from '../context.js'
import { HttpError, parseInput } from '../errors.js'
import { clearSessionCookie, requireSignedIn, setSessionCookie } from '../signed-in.js'
import { rateLimitOf } from './setup.js'
import { actorFields } from '../../audit/events.js'
import { participantView } from '../../invitations/participants.js'

const SignIn = z.object({ email: z.string().trim().toLowerCase().max(254), password: z.string().max(1024) }).strict()

/** Signing in and out, and who is signed in. */
export function sessionRoutes(app: FastifyInstance, context: AppContext): void {
  const { store, sessions, lockout, syncAccess } = context

  app.post(
    '/api/session',
    { config: { csrfExempt: true, rateLimit: rateLimitOf(context) } },
    async (request, reply) => {
      const { email, password } = parseInput(SignIn, request.body)
      const user = await store.accounts.findByEmail(email)
      // The trail keeps the account's id when there is one; the typed email, never.
      const failed = (reason: 'wrong-password' | 'locked' | 'unknown-account') =>
        store.audit.append({ event: 'sign-in-failed', actorUserId: user?.id ?? null, mapId: null, detail: { reason }, ip: request.ip })
      if (lockout.isLocked(email)) {
        await failed('locked')
        throw new HttpError(429, 'Too many failed attempts: this account is locked for 15 minutes. Try again later.')
      }
      if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
        lockout.recordFailure(email)
        context.log.info({ userId: user?.id ?? null }, 'sign-in refused')
        await failed(user ? 'wrong-password' : 'unknown-account')
        throw new HttpError(401, 'That email and password do not match an account.')
      }
      lockout.recordSuccess(email)
      // A new session every time, so a session id planted before sign-in is worth nothing.
      if (request.signedIn) await sessions.end(request.signedIn)
      // Recorded before the session exists, so there is no session the trail does not know of.
      await store.audit.append({ event: 'sign-in', actorUserId: user.id, mapId: null, detail: { method: 'password' }, ip: request.ip })
      const { token, session } = await sessions.start(user.id)
      setSessionCookie(reply, token, context.secureCookies())
      context.log.info({ userId: user.id }, 'signed in')
      return { user: userView(user), csrfToken: session.csrfToken, tldrawLicenseKey: context.tldrawLicenseKey }
    },
  )

  app.get('/api/session', async (request) => {
    const signedIn = requireSignedIn(request)
    const common = { csrfToken: signedIn.session.csrfToken, tldrawLicenseKey: context.tldrawLicenseKey }
    if (signedIn.kind === 'staff') return { ...common, user: userView(signedIn.user) }
    return { ...common, participant: await participantView(context, signedIn) }
  })

  app.delete('/api/session', async (request, reply) => {
    if (request.signedIn) {
      const { session, actor } = request.signedIn
      await sessions.end(request.signedIn)
      syncAccess.sessionEnded(session.id)
      await store.audit.append({ event: 'sign-out', ...actorFields(actor), mapId: null, detail: {}, ip: request.ip })
      context.log.info({ actorId: actor.id }, 'signed out')
    }
    clearSessionCookie(reply, context.secureCookies())
    return reply.code(204).send()
  })
}
