import { z } from 'zod'
import { Id, Layer } from './model/schema.js'

/** Where a layer of a map is synced: `/sync/<mapId>/<layer>`. */
export const SYNC_PATH_PREFIX = '/sync'
export const syncRoom = (mapId: string, layer: Layer) => `${mapId}/${layer}`

export function parseSyncPath(pathname: string): { mapId: string; layer: Layer } | null {
  const match = /^\/sync\/([^/]+)\/([^/]+)$/.exec(pathname)
  if (!match) return null
  const mapId = Id.safeParse(match[1])
  const layer = Layer.safeParse(match[2])
  return mapId.success && layer.success ? { mapId: mapId.data, layer: layer.data } : null
}

/** The largest sync message the server accepts; larger ones close the connection (1009). */
export const MAX_SYNC_MESSAGE_BYTES = 1024 * 1024

/**
 * Kinmap's own message on the sync socket, beside y-protocols' sync (0), awareness (1), auth (2)
 * and query-awareness (3): the server telling a client why it did not take its change.
 */
export const MESSAGE_KINMAP_NOTICE = 100

export const SyncNotice = z.object({
  code: z.enum(['read-only', 'rejected', 'unreadable', 'too-large']),
  message: z.string(),
})
export type SyncNotice = z.infer<typeof SyncNotice>

/** Close codes the server uses, so clients can tell people what happened. */
export const CLOSE_CODES = {
  /** A transient code (below 4400): the client reconnects at once, with its new rights. */
  rightsChanged: 4000,
  accessRemoved: 4403,
  sessionEnded: 4401,
  unreadable: 4400,
  /** A change the map's rules refuse: the sender's copy now holds something the map will never take. */
  refused: 4422,
  serverStopping: 1001,
  tooLarge: 1009,
} as const

/**
 * Closes after which reconnecting cannot help: 4400-4499 (y-websocket's own rule, mirroring HTTP
 * 4xx) and a message too large, which the client would only send again.
 */
export const isFinalClose = (code: number): boolean => (code >= 4400 && code < 4500) || code === CLOSE_CODES.tooLarge
