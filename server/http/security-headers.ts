import type { FastifyInstance } from 'fastify'
import helmet from '@fastify/helmet'

/**
 * Security headers for every answer, with a CSP as strict as the client allows: only our own
 * scripts; inline styles because tldraw and TipTap set them; images and fonts from our own
 * origin or data:/blob: URLs (tldraw's self-hosted assets and exports); connections only back to
 * our own origin, over HTTP or WebSocket.
 */
export async function addSecurityHeaders(app: FastifyInstance, origin: () => string): Promise<void> {
  const socketOrigin = () => origin().replace(/^http/, 'ws')
  const https = () => origin().startsWith('https:')
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", () => socketOrigin()],
        workerSrc: ["'self'", 'blob:'],
        mediaSrc: ["'self'", 'data:', 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Only where the site is served over HTTPS: on http://localhost it would break every request.
        upgradeInsecureRequests: https() ? [] : null,
      },
    },
    strictTransportSecurity: https() ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  })
}
