import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import type { Layer } from '../../shared/model/schema.js'
import { defineRoots } from '../../shared/model/layers.js'
import { migrateLayer } from '../../shared/model/migrations.js'
import type { Logger } from '../log.js'
import type { CatalogueChange, Store } from '../store/store.js'
import { GroupCommit } from './group-commit.js'
import { LayerGuard, type Verdict } from './layer-guard.js'
import { stampWho } from './awareness-identity.js'
import { awarenessMessage, syncStep1Message, syncStep2Message, updateMessage } from './messages.js'

/** The origin of the server's own writes (migrations, commands): never refused, never echoed back. */
export const SERVER_ORIGIN = Symbol('kinmap server')

/** What a room needs from a socket; `Connection` is the real one. */
export interface Peer {
  readonly awarenessIds: Set<number>
  readonly identity: { actor: { id: string }; name: string }
  send(message: Uint8Array): void
  /** One of this peer's updates changed the live document and is on its way to disk. */
  wrote(): void
}

export interface RoomOptions {
  store: Store
  log: Logger
  /** Replace a layer's updates with one snapshot after this many. */
  compactEvery: number
  /** Called when the room can no longer save: its document is ahead of the disk. */
  broken(room: Room, error: unknown): void
  measured?: (arrivalToDiskMs: number) => void
}

/**
 * One loaded layer of one map: the live document, who is connected, their awareness, and the
 * path every change takes to disk. Updates from peers are checked by the layer guard, applied,
 * committed (group commit), and only then broadcast.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true })
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  readonly peers = new Set<Peer>()
  /** Built on the first write: observers and the record layer never need one. */
  private guard: LayerGuard | null = null
  private readonly commits: GroupCommit
  private lastSeq: number
  private sinceSnapshot: number
  /** When the update being applied arrived, for the disk-latency measure. */
  private arrivedAt = 0
  private destroyed = false

  static async load(mapId: string, layer: Layer, options: RoomOptions): Promise<Room> {
    const started = performance.now()
    const stored = await options.store.documents.load(mapId, layer)
    const room = new Room(mapId, layer, options, stored.lastSeq, stored.updates.length)
    try {
      // One merged update applies far faster than hundreds of small ones (a layer read back after
      // a crash, before compaction, holds one update per edit).
      const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates
      if (parts.length > 0) Y.applyUpdate(room.doc, parts.length === 1 ? parts[0] : Y.mergeUpdates(parts))
      // Listening only now: with a listener, Yjs would re-encode everything just read.
      room.doc.on('update', room.onUpdate)
      migrateLayer(room.doc, layer, SERVER_ORIGIN)
      await room.commits.whenDurable()
    } catch (error) {
      room.destroy()
      throw error
    }
    const loadMs = Math.round((performance.now() - started) * 100) / 100
    options.log.info({ mapId, layer, loadMs, updates: stored.updates.length }, 'layer opened')
    return room
  }

  private constructor(
    readonly mapId: string,
    readonly layer: Layer,
    private readonly options: RoomOptions,
    lastSeq: number,
    sinceSnapshot: number,
  ) {
    this.lastSeq = lastSeq
    this.sinceSnapshot = sinceSnapshot
    defineRoots(this.doc, layer)
    this.awareness.setLocalState(null)
    this.commits = new GroupCommit({
      write: (updates, catalogue) => options.store.documents.append(mapId, layer, updates, catalogue),
      written: (seq, count) => this.written(seq, count),
      failed: (error) => options.broken(this, error),
      measured: options.measured,
    })
    this.awareness.on('update', this.onAwareness)
  }

  join(peer: Peer): void {
    this.peers.add(peer)
    peer.send(syncStep1Message(this.doc))
    const states = [...this.awareness.getStates().keys()]
    if (states.length > 0) peer.send(awarenessMessage(this.awareness, states))
  }

  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return
    awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessIds], null)
  }

  /** A peer asked what it is missing; the answer waits until what it describes is on disk. */
  answerSyncStep1(peer: Peer, stateVector: Uint8Array): void {
    const reply = syncStep2Message(this.doc, stateVector)
    this.commits.afterDurable(() => peer.send(reply))
  }

  /** A writer's update: checked on the probe, then applied; the caller reports a refusal. */
  receiveUpdate(peer: Peer, update: Uint8Array, arrivedAt: number): Verdict {
    this.guard ??= new LayerGuard(this.doc, this.layer)
    const verdict = this.guard.check(update)
    if (!verdict.accepted) return verdict
    this.arrivedAt = arrivedAt
    try {
      Y.applyUpdate(this.doc, update, peer)
    } catch (error) {
      // The probe took it, so this is a fault of ours; the live document may now be half-changed.
      this.options.broken(this, error)
      return { accepted: false, reason: 'unreadable' }
    }
    return verdict
  }

  receiveAwareness(peer: Peer, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, stampWho(update, { id: peer.identity.actor.id, name: peer.identity.name }), peer)
  }

  sendAwareness(peer: Peer): void {
    peer.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]))
  }

  /**
   * A change only the server may make (a command), applied to the live document under the
   * server's origin; resolves once it is on disk, with the catalogue change in the same write.
   */
  async changeAsServer(change: (doc: Y.Doc) => void, catalogue?: CatalogueChange): Promise<void> {
    if (catalogue) this.commits.changeCatalogue(catalogue)
    this.doc.transact(() => change(this.doc), SERVER_ORIGIN)
    await this.commits.whenDurable()
  }

  /** Writes what is pending, compacts, and lets go of memory: for unloading and shutdown. */
  async close(): Promise<void> {
    await this.commits.flush()
    // A room that failed to save was dropped already; its memory is not to be trusted to disk.
    if (this.destroyed) return
    if (this.sinceSnapshot > 0) await this.compact()
    this.destroy()
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.doc.off('update', this.onUpdate)
    this.guard?.destroy()
    this.awareness.destroy()
    this.doc.destroy()
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== null && typeof origin === 'object' && this.peers.has(origin as Peer)) {
      const sender = origin as Peer
      sender.wrote()
      this.commits.add(update, this.arrivedAt, () => this.broadcast(updateMessage(update), sender))
      return
    }
    const problems = this.guard?.mirror(update) ?? []
    if (problems.length > 0) {
      this.options.log.warn({ mapId: this.mapId, layer: this.layer, problems: problems.length }, 'the server wrote something its validator would refuse')
    }
    this.commits.add(update, performance.now(), () => this.broadcast(updateMessage(update)))
  }

  private readonly onAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const sender = this.peers.has(origin as Peer) ? (origin as Peer) : undefined
    if (sender) {
      for (const id of added) sender.awarenessIds.add(id)
      for (const id of removed) sender.awarenessIds.delete(id)
    }
    const message = awarenessMessage(this.awareness, [...added, ...updated, ...removed])
    this.broadcast(message, sender)
  }

  private broadcast(message: Uint8Array, except?: Peer) {
    for (const peer of this.peers) if (peer !== except) peer.send(message)
  }

  private async written(lastSeq: number, count: number) {
    this.lastSeq = lastSeq
    this.sinceSnapshot += count
    if (this.sinceSnapshot >= this.options.compactEvery) await this.compact()
  }

  /** The snapshot covers at least every update up to lastSeq: all of them are in the document. */
  private async compact() {
    await this.options.store.documents.compact(this.mapId, this.layer, Y.encodeStateAsUpdate(this.doc), this.lastSeq)
    this.sinceSnapshot = 0
  }
}
