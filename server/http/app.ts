import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify'
import fastifyCookie from '@fastify/cookie'
import rateLimit from '@fastify/rate-limit'
import type { AppContext } from './context.js'
import { HttpError } from './errors.js'
import { KinmapStopping } from '../sync/rooms.js'
import { addSecurityHeaders } from './security-headers.js'
import { serveClient } from './client-files.js'
import { resolveSessions } from './signed-in.js'
import { healthRoutes } from './routes/health.js'
import { setupRoutes } from './routes/setup.js'
import { sessionRoutes } from './routes/session.js'
import { userRoutes } from './routes/users.js'
import { mapRoutes } from './routes/maps.js'
import { memberRoutes } from './routes/members.js'
import { commandRoutes } from './routes/commands.js'
import { scalingRoutes } from './routes/scaling.js'
import { checkpointRoutes } from './routes/checkpoints.js'
import { auditRoutes } from './routes/audit.js'
import { invitationRoutes } from './routes/invitations.js'
import { audienceRoutes } from './routes/audience.js'
import { oidcRoutes } from './routes/oidc.js'
import { teamRoutes } from './routes/teams.js'
import { exportRoutes } from './routes/export.js'
import { recordHttpRefusals } from '../audit/http-refusals.js'

/** Kinmap's HTTP side: the JSON API, health check and the built client, on one origin. */
export async function buildApp(context: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: context.log as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
    trustProxy: false,
  })

  app.addHook('onResponse', async (request, reply) => {
    const line = {
      reqId: request.id,
      method: request.method,
      // The route pattern, never the address: addresses can hold one-time setup tokens.
      route: request.routeOptions.url ?? 'not found',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
      actorId: request.signedIn?.actor.id ?? null,
    }
    if (request.url.startsWith('/api/')) context.log.info(line, 'request')
    else context.log.debug(line, 'request')
  })
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    const status = error.statusCode ?? 500
    if (error instanceof HttpError) return reply.code(status).send({ error: error.message })
    if (error instanceof KinmapStopping) return reply.code(503).send({ error: error.message })
    if (status >= 400 && status < 500) return reply.code(status).send({ error: plainWords(error as FastifyError, status) })
    context.log.error({ err: error, reqId: request.id }, 'request failed')
    return reply.code(500).send({ error: 'Something went wrong on the server. Please try again.' })
  })

  await addSecurityHeaders(app, context.origin)
  await app.register(fastifyCookie)
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new HttpError(429, 'Too many attempts from this address. Wait a minute and try again.'),
  })
  resolveSessions(app, context.sessions)
  recordHttpRefusals(app, context.store.audit)

  healthRoutes(app, context)
  setupRoutes(app, context)
  sessionRoutes(app, context)
  userRoutes(app, context)
  mapRoutes(app, context)
  memberRoutes(app, context)
  commandRoutes(app, context)
  scalingRoutes(app, context)
  checkpointRoutes(app, context)
  oidcRoutes(app, context)
  teamRoutes(app, context)
  auditRoutes(app, context)
  invitationRoutes(app, context)
  audienceRoutes(app, context)
  exportRoutes(app, context)
  await serveClient(app, context.clientDir)
  return app
}

/** Fastify's own 4xx errors (bad JSON, wrong content type, too large), in words people use. */
function plainWords(error: FastifyError, status: number): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'The request body is not valid JSON.'
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is empty; it should be JSON.'
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the request body as JSON (Content-Type: application/json).'
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request is too large.'
  }
  return status === 404 ? 'There is nothing at this address.' : 'The request could not be understood.'
}
