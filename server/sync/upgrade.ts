import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import fastifyCookie from '@fastify/cookie'
import { WebSocketServer } from 'ws'
import { MAX_SYNC_MESSAGE_BYTES, parseSyncPath, SYNC_PATH_PREFIX } from '../../shared/sync-protocol.js'
import type { Logger } from '../log.js'
import type { Policy } from '../policy.js'
import { SESSION_COOKIE, type Sessions, type SignedIn } from '../auth/sessions.js'
import type { AuditStore } from '../store/store.js'
import { recordEditingSession } from '../audit/editing-sessions.js'
import { actorFields } from '../audit/events.js'
import type { Rooms } from './rooms.js'

export interface SyncUpgradeOptions {
  server: Server
  sessions: Sessions
  policy: Policy
  rooms: Rooms
  audit: AuditStore
  log: Logger
  /** The public origin; a browser's Origin must be this one or the Host it connected to. */
  publicOrigin: () => string
  /** The name others see beside this person's cursor: their account's, or their name on the map. */
  nameOf: (signedIn: SignedIn) => Promise<string>
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

/**
 * The door to `/sync/<mapId>/<layer>`: checks where the request comes from, who is asking and
 * what the policy lets them do, and only then accepts the WebSocket. A refusal is an ordinary
 * HTTP answer with a reason, sent before any WebSocket exists.
 */
export function acceptSyncConnections(options: SyncUpgradeOptions): WebSocketServer {
  // Frames up to twice the limit are read so the sender can be told why; beyond that ws drops
  // the socket itself (1009) without buffering the frame.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 2 * MAX_SYNC_MESSAGE_BYTES, perMessageDeflate: false })
  options.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    upgrade(options, wss, request, socket, head).catch((error) => {
      options.log.error({ err: error }, 'sync upgrade failed')
      refuse(socket, 500, 'Something went wrong on the server.')
    })
  })
  return wss
}

async function upgrade(options: SyncUpgradeOptions, wss: WebSocketServer, request: IncomingMessage, socket: Duplex, head: Buffer) {
  const { pathname } = new URL(request.url ?? '/', 'http://kinmap.invalid')
  if (pathname !== SYNC_PATH_PREFIX && !pathname.startsWith(`${SYNC_PATH_PREFIX}/`)) return refuse(socket, 404, 'There is nothing to connect to here.')
  const target = parseSyncPath(pathname)
  if (!target) return refuse(socket, 404, 'There is no such map or part of a map.')
  if (!originAllowed(request, options.publicOrigin())) return refuse(socket, 403, 'Connections from other sites are not allowed.')

  const token = fastifyCookie.parse(request.headers.cookie ?? '')[SESSION_COOKIE]
  const signedIn = await options.sessions.resume(token)
  if (!signedIn) return refuse(socket, 401, 'Sign in to open this map.')
  const { actor, session } = signedIn
  const { mapId, layer } = target
  const ip = request.socket.remoteAddress ?? null
  const audited = { ...actorFields(actor), mapId, ip }
  if (!(await options.policy.can(actor, 'layer:read', mapId, layer))) {
    await options.audit.append({ ...audited, event: 'access-refused', detail: { where: 'sync', action: 'layer:read', layer } })
    // Not revealing whether a map exists to someone who is not one of its members.
    return (await options.policy.can(actor, 'map:open', mapId))
      ? refuse(socket, 403, 'You cannot open this part of the map.')
      : refuse(socket, 404, 'There is no such map or part of a map.')
  }
  const canWrite = await options.policy.can(actor, 'layer:write', mapId, layer)

  let room
  try {
    room = await options.rooms.hold(mapId, layer)
  } catch {
    return refuse(socket, 503, 'This map cannot be opened just now; try again shortly.')
  }
  try {
    // Recorded before the socket exists: nobody reads a layer without the trail saying so.
    await options.audit.append({ ...audited, event: 'map-opened', detail: { layer, access: canWrite ? 'edit' : 'read' } })
  } catch (error) {
    options.rooms.release(room)
    throw error
  }
  if (socket.destroyed) return options.rooms.release(room)
  const ended = recordEditingSession(options.audit, options.log, { actor, mapId, layer, ip })
  const name = await options.nameOf(signedIn)
  wss.handleUpgrade(request, socket, head, (ws) => {
    try {
      options.rooms.connect(ws, room, { actor, name, sessionId: session.id }, canWrite, ended)
    } catch (error) {
      options.log.error({ err: error, mapId, layer, actorId: actor.id }, 'sync connection failed to start')
      ws.terminate()
      options.rooms.release(room)
    }
  })
}

/** Browsers always send Origin on WebSocket requests; other clients (tests, tools) may not. */
function originAllowed(request: IncomingMessage, publicOrigin: string): boolean {
  const origin = request.headers.origin
  if (origin === undefined) return true
  let parsed: URL
  try {
    parsed = new URL(origin)
  } catch {
    return false
  }
  return parsed.origin === publicOrigin || (request.headers.host !== undefined && parsed.host === request.headers.host)
}

function refuse(socket: Duplex, status: number, reason: string) {
  if (socket.destroyed) return
  const body = JSON.stringify({ error: reason })
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  )
}
