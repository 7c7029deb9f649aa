import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { accountForIdentity } from '../../auth/oidc-accounts.js'
import { FLOW_TTL_MS } from '../../auth/oidc-flows.js'
import { CouncilSignInProblem, type CouncilIdentity, type CouncilProblem } from '../../auth/oidc.js'
import type { AppContext } from '../context.js'
import { setSessionCookie } from '../signed-in.js'
import { rateLimitOf } from './setup.js'

/** The browser's half of a council sign-in under way: a random token naming it, nothing else. */
export const FLOW_COOKIE = 'kinmap_oidc'

/**
 * Council sign-in (OpenID Connect), beside local passwords:
 * - GET /api/session/options: what the sign-in page offers (the council button and its words).
 * - GET /api/oidc/start?returnTo=/maps/...: a new flow, then off to the provider.
 * - GET /api/oidc/callback: the provider's answer; a session, or the sign-in page with a reason.
 *
 * Cookies and the cross-site return. The provider sends the browser back with a top-level GET
 * from its own site. Our session cookie is SameSite=Strict, so the browser does not send it on
 * that request, nor (in current browsers) on any redirect that follows from it. So:
 * - the flow cookie is SameSite=Lax (sent on a cross-site top-level GET, and on nothing else),
 *   HttpOnly, scoped to /api/oidc and gone in ten minutes; the flow it names is kept on the server
 *   and can be finished once;
 * - the callback sets the new session cookie on its own answer (setting a Strict cookie is allowed
 *   on a cross-site request; only sending it is not), and that answer is a small page which then
 *   goes on to the Kinmap page by itself: a navigation our own page starts is same-site, so the
 *   browser sends the session cookie with it and with everything the app asks for afterwards.
 */
export function oidcRoutes(app: FastifyInstance, context: AppContext): void {
  const { store, sessions, councilSignIn } = context

  app.get('/api/session/options', async (_request, reply) => {
    reply.header('cache-control', 'no-store')
    return { council: councilSignIn ? { label: councilSignIn.label } : null }
  })

  if (!councilSignIn) return
  const flowCookie = (maxAgeSeconds?: number) => ({
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: context.secureCookies(),
    path: '/api/oidc',
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  })

  app.get('/api/oidc/start', { config: { rateLimit: rateLimitOf(context) } }, async (request, reply) => {
    const returnTo = safeReturnPath((request.query as Record<string, unknown>).returnTo)
    try {
      const { redirectTo, flowToken } = await councilSignIn.begin(returnTo)
      reply.setCookie(FLOW_COOKIE, flowToken, flowCookie(FLOW_TTL_MS / 1000))
      reply.header('cache-control', 'no-store')
      return reply.redirect(redirectTo.href, 303)
    } catch (error) {
      if (error instanceof CouncilSignInProblem) return toSignInPage(reply, error.problem)
      throw error
    }
  })

  app.get('/api/oidc/callback', { config: { rateLimit: rateLimitOf(context) } }, async (request, reply) => {
    reply.clearCookie(FLOW_COOKIE, flowCookie())
    reply.header('cache-control', 'no-store')
    // The address the provider sent the browser to, as registered there: our public origin's.
    const currentUrl = new URL(request.url, context.origin())
    let identity: CouncilIdentity
    try {
      identity = await councilSignIn.finish(request.cookies[FLOW_COOKIE], currentUrl)
    } catch (error) {
      if (!(error instanceof CouncilSignInProblem)) throw error
      return refuse(request, reply, error.problem, null)
    }

    const account = await accountForIdentity(store, identity)
    if (account.kind === 'refused') return refuse(request, reply, account.problem, account.userId)
    const { user } = account
    // Recorded before the session exists, so there is no session the trail does not know of.
    await store.audit.append({ event: 'sign-in', actorUserId: user.id, mapId: null, detail: { method: 'oidc' }, ip: request.ip })
    // A new session every time. An older one in this browser is not ended here: its Strict cookie
    // did not come with this cross-site request, so we cannot see it; it expires as usual.
    const { token } = await sessions.start(user.id)
    setSessionCookie(reply, token, context.secureCookies())
    context.log.info({ userId: user.id, linkedNow: account.linkedNow }, 'signed in through the council')
    return reply.type('text/html; charset=utf-8').send(continuePage(identity.returnTo))
  })

  /** Every council sign-in that ends without a session is a failed sign-in in the trail. */
  async function refuse(request: FastifyRequest, reply: FastifyReply, problem: CouncilProblem, userId: string | null) {
    await store.audit.append({ event: 'sign-in-failed', actorUserId: userId, mapId: null, detail: { reason: 'provider-refused' }, ip: request.ip })
    context.log.info({ userId, problem }, 'council sign-in refused')
    return toSignInPage(reply, problem)
  }
}

/** The sign-in page says, in its own words, what went wrong (see client/session/SignInPage.tsx). */
function toSignInPage(reply: FastifyReply, problem: CouncilProblem) {
  return reply.redirect(`/sign-in?council=${problem}`, 303)
}

/**
 * Only a path on our own origin, in the characters Kinmap's own addresses use: never another
 * site ("//evil.example", "/\\evil.example"), never anything that could break out of the page.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500) return '/'
  return /^\/(?![/\\])[A-Za-z0-9\-._~/?=&%]*$/.test(value) ? value : '/'
}

/**
 * A page that is same-site with Kinmap and moves on at once (no script: the CSP allows only our
 * own files, and a meta refresh is not a script). The link is there for anyone whose browser
 * does not follow it.
 */
function continuePage(returnTo: string): string {
  const to = returnTo.replaceAll('&', '&amp;')
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0;url=${to}">
<title>Signed in – Kinmap</title>
</head>
<body>
<main>
<p>You are signed in. <a href="${to}">Continue to Kinmap</a>.</p>
</main>
</body>
</html>
`
}
