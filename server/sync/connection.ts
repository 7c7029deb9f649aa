import * as Y from 'yjs'
import type { WebSocket } from 'ws'
import { CLOSE_CODES, MAX_SYNC_MESSAGE_BYTES, type SyncNotice } from '../../shared/sync-protocol.js'
import type { Logger } from '../log.js'
import { noticeMessage, readMessage } from './messages.js'
import type { Peer, Room } from './room.js'
import type { Actor } from '../policy.js'

export interface Identity {
  actor: Actor
  /** The person's name as the map or their account has it: what others see beside their cursor. */
  name: string
  sessionId: string
}

/** How often a silent socket is pinged; one missed pong and it is dropped (as y-websocket does). */
const PING_EVERY_MS = 30_000
/** A client this far behind on reading is cut off rather than buffered without limit. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024
/** RFC 6455 allows 123 bytes of close reason. */
const MAX_REASON_BYTES = 123

/**
 * One sync socket: reads y-websocket messages, enforces the size limit and the connection's
 * rights, and turns every kind of bad input into a notice and a close for this socket only.
 */
export class Connection implements Peer {
  readonly awarenessIds = new Set<number>()
  private toldReadOnly = false
  private written = 0
  private alive = true
  private closed = false
  private readonly pinger: NodeJS.Timeout

  constructor(
    private readonly socket: WebSocket,
    readonly room: Room,
    readonly identity: Identity,
    /** Whether this socket may change the layer; settled at upgrade, re-checked on role changes. */
    readonly canWrite: boolean,
    private readonly log: Logger,
    private readonly onClosed: (connection: Connection) => void,
  ) {
    socket.on('message', (data, isBinary) => this.receive(data as Buffer, isBinary))
    socket.on('pong', () => {
      this.alive = true
    })
    socket.on('error', (error) => this.log.debug({ err: error, ...this.ids() }, 'sync socket error'))
    socket.on('close', () => this.finish())
    this.pinger = setInterval(() => this.ping(), PING_EVERY_MS)
  }

  /** Joins the room: sends the first sync message and who else is here. */
  start(): void {
    try {
      this.room.join(this)
    } catch (error) {
      this.log.error({ err: error, ...this.ids() }, 'sync connection failed to start')
      this.close(1011, 'The map could not be opened; reconnecting.')
    }
  }

  /** How many of this socket's updates changed the layer: the audit trail's editing session. */
  get updatesWritten(): number {
    return this.written
  }

  wrote(): void {
    this.written += 1
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(1013, 'Too far behind; reconnect to catch up.')
      return
    }
    this.socket.send(message, (error) => {
      if (error) this.finish()
    })
  }

  /** Closes at once: nothing more from this socket is read. */
  close(code: number, reason: string): void {
    if (this.closed) return
    this.socket.close(code, fitReason(reason))
    this.finish()
  }

  /**
   * Closes, but keeps reading until the client's own close frame: anything it sent before seeing
   * ours is still taken and stored. For shutdown. A client that does not answer is cut off.
   */
  drain(code: number, reason: string, timeoutMs: number): Promise<void> {
    if (this.closed) return Promise.resolve()
    const finished = new Promise<void>((resolve) => this.socket.once('close', () => resolve()))
    const cutOff = setTimeout(() => this.socket.terminate(), timeoutMs)
    this.socket.close(code, fitReason(reason))
    return finished.finally(() => clearTimeout(cutOff))
  }

  private receive(data: Buffer, isBinary: boolean) {
    const arrivedAt = performance.now()
    if (this.closed) return
    try {
      if (!isBinary) return this.refuse('unreadable', 'Sync messages are binary; this one was text.', CLOSE_CODES.unreadable)
      if (data.byteLength > MAX_SYNC_MESSAGE_BYTES) {
        return this.refuse('too-large', 'That change is too large to send in one go.', CLOSE_CODES.tooLarge)
      }
      const message = readMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
      switch (message.kind) {
        case 'sync-step-1':
          return this.room.answerSyncStep1(this, message.stateVector)
        case 'update':
          return this.receiveUpdate(message.update, arrivedAt)
        case 'awareness':
          return this.room.receiveAwareness(this, message.update)
        case 'query-awareness':
          return this.room.sendAwareness(this)
        case 'auth':
          return // clients never send these; y-websocket only reads them
      }
    } catch (error) {
      this.log.info({ ...this.ids(), err: error instanceof Error ? error.name : 'unknown' }, 'unreadable sync message')
      this.refuse('unreadable', 'The server could not read that message.', CLOSE_CODES.unreadable)
    }
  }

  private receiveUpdate(update: Uint8Array, arrivedAt: number) {
    if (!this.canWrite) return this.dropReadOnly(update)
    const verdict = this.room.receiveUpdate(this, update, arrivedAt)
    if (verdict.accepted) return
    if (verdict.reason === 'unreadable') {
      this.log.info(this.ids(), 'unreadable update refused')
      return this.refuse('unreadable', 'The server could not read that change.', CLOSE_CODES.unreadable)
    }
    // The sender's copy now holds something the map will never accept, and its later changes
    // build on it; closing makes the client start again from the map as stored.
    this.log.info({ ...this.ids(), problems: verdict.problems.length }, 'invalid update refused')
    this.refuse('rejected', `The map refused that change: ${verdict.problems.join('; ')}`, CLOSE_CODES.refused)
  }

  /** Read-only: the change is dropped; the person is told once, and only if it changed anything
   * (a reconnecting observer's sync step 2 usually carries nothing new). */
  private dropReadOnly(update: Uint8Array) {
    if (this.toldReadOnly) return
    if (Y.snapshotContainsUpdate(Y.snapshot(this.room.doc), update)) return
    this.toldReadOnly = true
    this.log.info(this.ids(), 'read-only change dropped')
    this.notify({ code: 'read-only', message: 'You can read this part of the map but not change it, so your change was not saved.' })
  }

  private refuse(code: SyncNotice['code'], message: string, closeCode: number) {
    this.notify({ code, message })
    this.close(closeCode, message)
  }

  private notify(notice: SyncNotice) {
    this.send(noticeMessage(notice))
  }

  private ping() {
    if (!this.alive) {
      this.socket.terminate()
      this.finish()
      return
    }
    this.alive = false
    try {
      this.socket.ping()
    } catch {
      this.finish()
    }
  }

  private finish() {
    if (this.closed) return
    this.closed = true
    clearInterval(this.pinger)
    this.room.leave(this)
    this.onClosed(this)
  }

  private ids() {
    return { mapId: this.room.mapId, layer: this.room.layer, actorId: this.identity.actor.id }
  }
}

function fitReason(reason: string): string {
  if (Buffer.byteLength(reason) <= MAX_REASON_BYTES) return reason
  let cut = reason.slice(0, MAX_REASON_BYTES - 3)
  while (Buffer.byteLength(cut) > MAX_REASON_BYTES - 3) cut = cut.slice(0, -1)
  return `${cut}...`
}
