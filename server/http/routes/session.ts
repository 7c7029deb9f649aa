import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { userView } from '../../auth/accounts.js'
import { verifyPassword } from '../../auth/passwords.js'
import type { AppContext } from '../context.js'
import { HttpError, parseInput } from '../errors.js'
import { clearSessionCookie, requireSignedIn, setSessionCookie } from '../signed-in.js'
import { rateLimitOf } from './setup.js'

const SignIn = z.object({ email: z.string().trim().toLowerCase().max(254), password: z.string().max(1024) }).strict()

/** Signing in and out, and who is signed in. */
export function sessionRoutes(app: FastifyInstance, context: AppContext): void {
  const { store, sessions, lockout, syncAccess } = context

  app.post(
    '/api/session',
    { config: { csrfExempt: true, rateLimit: rateLimitOf(context) } },
    async (request, reply) => {
      const { email, password } = parseInput(SignIn, request.body)
      if (lockout.isLocked(email)) {
        throw new HttpError(429, 'Too many failed attempts: this account is locked for 15 minutes. Try again later.')
      }
      const user = await store.accounts.findByEmail(email)
      if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
        lockout.recordFailure(email)
        context.log.info({ userId: user?.id ?? null }, 'sign-in refused')
        throw new HttpError(401, 'That email and password do not match an account.')
      }
      lockout.recordSuccess(email)
      // A new session every time, so a session id planted before sign-in is worth nothing.
      if (request.signedIn) await sessions.end(request.signedIn.session.id)
      const { token, session } = await sessions.start(user.id)
      setSessionCookie(reply, token, context.secureCookies())
      context.log.info({ userId: user.id }, 'signed in')
      return { user: userView(user), csrfToken: session.csrfToken, tldrawLicenseKey: context.tldrawLicenseKey }
    },
  )

  app.get('/api/session', async (request) => {
    const { user, session } = requireSignedIn(request)
    return { user: userView(user), csrfToken: session.csrfToken, tldrawLicenseKey: context.tldrawLicenseKey }
  })

  app.delete('/api/session', async (request, reply) => {
    if (request.signedIn) {
      const { session, user } = request.signedIn
      await sessions.end(session.id)
      syncAccess.sessionEnded(session.id)
      context.log.info({ userId: user.id }, 'signed out')
    }
    clearSessionCookie(reply, context.secureCookies())
    return reply.code(204).send()
  })
}
