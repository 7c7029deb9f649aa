import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import { MESSAGE_KINMAP_NOTICE, type SyncNotice } from '../../shared/sync-protocol.js'

/**
 * The y-websocket wire format, as y-protocols defines it: a varUint message type, then for sync
 * messages a varUint step (0 = step 1, 1 = step 2, 2 = update) and a varUint8Array payload.
 * Decoding is done here rather than by `readSyncMessage`, which would apply updates straight to
 * the document before Kinmap could check who sent them and what they change.
 */
const MESSAGE_SYNC = 0
const MESSAGE_AWARENESS = 1
const MESSAGE_AUTH = 2
const MESSAGE_QUERY_AWARENESS = 3
const SYNC_STEP_1 = 0
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

export type IncomingMessage =
  | { kind: 'sync-step-1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'auth' }

export class UnreadableMessage extends Error {}

export function readMessage(bytes: Uint8Array): IncomingMessage {
  try {
    const decoder = decoding.createDecoder(bytes)
    const type = decoding.readVarUint(decoder)
    switch (type) {
      case MESSAGE_SYNC: {
        const step = decoding.readVarUint(decoder)
        const payload = decoding.readVarUint8Array(decoder)
        if (step === SYNC_STEP_1) return { kind: 'sync-step-1', stateVector: payload }
        if (step === SYNC_STEP_2 || step === SYNC_UPDATE) return { kind: 'update', update: payload }
        throw new UnreadableMessage(`unknown sync step ${step}`)
      }
      case MESSAGE_AWARENESS:
        return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) }
      case MESSAGE_QUERY_AWARENESS:
        return { kind: 'query-awareness' }
      case MESSAGE_AUTH:
        return { kind: 'auth' }
      default:
        throw new UnreadableMessage(`unknown message type ${type}`)
    }
  } catch (error) {
    throw error instanceof UnreadableMessage ? error : new UnreadableMessage('the message is cut short')
  }
}

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

export const syncStep1Message = (doc: Y.Doc) =>
  message((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    encoding.writeVarUint(encoder, SYNC_STEP_1)
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc))
  })

/** What `doc` has that a peer with `stateVector` lacks; throws on an unreadable state vector. */
export const syncStep2Message = (doc: Y.Doc, stateVector: Uint8Array) =>
  message((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    encoding.writeVarUint(encoder, SYNC_STEP_2)
    encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector))
  })

export const updateMessage = (update: Uint8Array) =>
  message((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    encoding.writeVarUint(encoder, SYNC_UPDATE)
    encoding.writeVarUint8Array(encoder, update)
  })

export const awarenessMessage = (awareness: awarenessProtocol.Awareness, clients: number[]) =>
  message((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))
  })

/** Kinmap's notice: the message type, then the notice as a JSON string. */
export const noticeMessage = (notice: SyncNotice) =>
  message((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_KINMAP_NOTICE)
    encoding.writeVarString(encoder, JSON.stringify(notice))
  })
