import fs from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'

/** Vite fingerprints everything under /assets, so it can be cached for good. */
const LONG_CACHE = 'public, max-age=31536000, immutable'

const isServerPath = (pathname: string) =>
  pathname === '/api' || pathname.startsWith('/api/') || pathname === '/sync' || pathname.startsWith('/sync/') || pathname === '/healthz'

/**
 * Serves the built client from dist/client, and its index.html for any other page address so
 * the client's router can handle it. API and sync addresses get JSON 404s instead.
 */
export async function serveClient(app: FastifyInstance, clientDir: string): Promise<void> {
  const built = fs.existsSync(path.join(clientDir, 'index.html'))
  if (built) {
    await app.register(fastifyStatic, {
      root: clientDir,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        const relative = path.relative(clientDir, filePath)
        reply.header('cache-control', relative.startsWith(`assets${path.sep}`) ? LONG_CACHE : 'no-cache')
      },
    })
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0]
    if (isServerPath(pathname) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return reply.code(404).send({ error: 'There is nothing at this address.' })
    }
    if (pathname.startsWith('/assets/')) return reply.code(404).send({ error: 'There is no such file.' })
    if (!built) {
      return reply.code(503).type('text/plain; charset=utf-8').send('The Kinmap client has not been built yet. Run "npm run build".')
    }
    return reply.sendFile('index.html')
  })
}
