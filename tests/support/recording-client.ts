import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import type { Layer } from '../../shared/model/schema.js'

export interface RecordedLayer {
  doc: Y.Doc
  provider: WebsocketProvider
  frames: Array<{ at: number; data: Uint8Array }>
}

/** A participant's y-websocket client that keeps every frame its socket receives. */
export function recordingClient(baseUrl: string, mapId: string, layer: Layer, cookie: string): RecordedLayer {
  const frames: RecordedLayer['frames'] = []
  class RecordingSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } })
      this.on('message', (data: Buffer) => frames.push({ at: Date.now(), data: new Uint8Array(data) }))
    }
  }
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/sync`, `${mapId}/${layer}`, doc, {
    WebSocketPolyfill: RecordingSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  return { doc, provider, frames }
}

/** Every Yjs update a frame carries (sync step 2 and updates), decoded from the y-websocket protocol. */
export function updatesIn(frame: Uint8Array): Uint8Array[] {
  const decoder = decoding.createDecoder(frame)
  if (decoding.readVarUint(decoder) !== 0) return [] // not a sync message
  const step = decoding.readVarUint(decoder)
  return step === 1 || step === 2 ? [decoding.readVarUint8Array(decoder)] : []
}

export const bytesContain = (haystack: Uint8Array, text: string) => Buffer.from(haystack).includes(Buffer.from(text, 'utf8'))
