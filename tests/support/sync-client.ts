import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import type { Layer } from '../../shared/model/schema.js'
import { MESSAGE_KINMAP_NOTICE, type SyncNotice } from '../../shared/sync-protocol.js'
import { waitFor } from './wait.js'

/** ws's WebSocket, sending a session cookie the way a browser would. */
export function socketWithCookie(cookie: string | null, origin?: string): new (url: string | URL, protocols?: string | string[]) => WebSocket {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) } })
    }
  }
}

export interface LayerClient {
  doc: Y.Doc
  provider: WebsocketProvider
  notices: SyncNotice[]
  closes: Array<{ code: number; reason: string }>
  synced(): Promise<void>
  destroy(): void
}

/** A real y-websocket client on one layer of a map, as the browser client makes one. */
export function connectLayer(baseUrl: string, mapId: string, layer: Layer, cookie: string | null, { reconnect = true } = {}): LayerClient {
  const doc = new Y.Doc()
  const notices: SyncNotice[] = []
  const closes: LayerClient['closes'] = []
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/sync`, `${mapId}/${layer}`, doc, {
    WebSocketPolyfill: socketWithCookie(cookie) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
    ...(reconnect ? {} : { shouldReconnect: () => false }),
  })
  provider.messageHandlers[MESSAGE_KINMAP_NOTICE] = (_encoder, decoder) => {
    notices.push(JSON.parse(decoding.readVarString(decoder)))
  }
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason })
  })
  return {
    doc,
    provider,
    notices,
    closes,
    synced: () => waitFor(() => provider.synced, { what: `${layer} layer to sync` }).then(() => undefined),
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

export interface UpgradeAnswer {
  status: number
  error: string | null
}

/** Tries the sync upgrade by hand and reports the HTTP answer (101 when the socket opened). */
export function tryUpgrade(baseUrl: string, path: string, { cookie = null as string | null, origin = undefined as string | undefined } = {}): Promise<UpgradeAnswer> {
  return new Promise((resolve, reject) => {
    const Socket = socketWithCookie(cookie, origin)
    const socket = new Socket(`${baseUrl.replace(/^http/, 'ws')}${path}`)
    socket.on('open', () => {
      socket.close()
      resolve({ status: 101, error: null })
    })
    socket.on('unexpected-response', (_request, response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, error: body ? JSON.parse(body).error : null }))
    })
    socket.on('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error)
    })
  })
}

/** A raw socket for sending what no well-behaved client would. */
export async function rawSocket(baseUrl: string, mapId: string, layer: Layer, cookie: string) {
  const Socket = socketWithCookie(cookie)
  const socket = new Socket(`${baseUrl.replace(/^http/, 'ws')}/sync/${mapId}/${layer}`)
  const received: Uint8Array[] = []
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)))
  socket.on('error', () => {})
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  return { socket, received, closed }
}

/** The notices among raw messages. */
export function noticesIn(messages: Uint8Array[]): SyncNotice[] {
  return messages.flatMap((message) => {
    const decoder = decoding.createDecoder(message)
    return decoding.readVarUint(decoder) === MESSAGE_KINMAP_NOTICE ? [JSON.parse(decoding.readVarString(decoder))] : []
  })
}
