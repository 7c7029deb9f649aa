import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../context.js'

export function healthRoutes(app: FastifyInstance, { store }: AppContext): void {
  // Asks the store something, so "ok" means the database answers, not just the process.
  app.get('/healthz', async () => {
    await store.accounts.count()
    return { status: 'ok' }
  })
}
