import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { SESSION_COOKIE, sessionCookieOptions, type SignedIn, type Sessions, type StaffSignedIn } from '../auth/sessions.js'
import { sameToken } from '../auth/tokens.js'
import { HttpError, RefusedByPolicy } from './errors.js'
import { accountAllows } from '../policy.js'

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedIn | null
  }
  interface FastifyContextConfig {
    /** Sign-in and setup start a new session; they do not act with the one the browser holds. */
    csrfExempt?: boolean
  }
}

export const CSRF_HEADER = 'x-kinmap-csrf'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Resolves the session cookie on every API request, and requires the session's CSRF token on
 * every state-changing one: SameSite=Strict already keeps the cookie off cross-site requests;
 * the token is the second lock, for browsers or proxies that get SameSite wrong.
 */
export function resolveSessions(app: FastifyInstance, sessions: Sessions): void {
  app.decorateRequest('signedIn', null)
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/')) return
    request.signedIn = await sessions.resume(request.cookies[SESSION_COOKIE])
    if (!request.signedIn || SAFE_METHODS.has(request.method) || request.routeOptions.config.csrfExempt) return
    const sent = request.headers[CSRF_HEADER]
    if (typeof sent !== 'string' || !sameToken(sent, request.signedIn.session.csrfToken)) {
      throw new HttpError(403, 'This request is missing its security token. Reload the page and try again.')
    }
  })
}

/** Anyone with a session: staff, or a family or network member in through an invitation. */
export function requireSignedIn(request: FastifyRequest): SignedIn {
  if (!request.signedIn) throw new HttpError(401, 'You are not signed in.')
  return request.signedIn
}

/**
 * A member of staff. Routes ask for staff unless they are meant for families too, so a new
 * route is closed to invitation sessions until someone decides otherwise.
 */
export function requireStaff(request: FastifyRequest): StaffSignedIn {
  const signedIn = requireSignedIn(request)
  if (signedIn.kind === 'staff' && accountAllows(signedIn.actor, 'staff:area')) return signedIn
  throw new RefusedByPolicy(403, 'This needs a member of staff to sign in.', { action: 'staff:area', mapId: null })
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(secure))
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(secure))
}
