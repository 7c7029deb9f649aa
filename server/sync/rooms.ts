import type { WebSocket } from 'ws'
import type { Layer } from '../../shared/model/schema.js'
import { CLOSE_CODES } from '../../shared/sync-protocol.js'
import type { Logger } from '../log.js'
import type { Store } from '../store/store.js'
import { Connection, type Identity } from './connection.js'
import { Room } from './room.js'

export interface RoomsOptions {
  store: Store
  log: Logger
  compactEvery: number
  /** How long a layer nobody has open stays in memory. */
  unloadAfterMs: number
  measured?: (arrivalToDiskMs: number) => void
}

interface Entry {
  mapId: string
  layer: Layer
  loading: Promise<Room>
  room: Room | null
  /** Open sockets plus server operations in progress; the room unloads when none are left. */
  holds: number
  unloadTimer: NodeJS.Timeout | null
  closing: Promise<void> | null
}

/** Thrown to anyone asking for a room while the server shuts down. */
export class KinmapStopping extends Error {
  constructor() {
    super('Kinmap is restarting; try again in a moment.')
  }
}


/**
 * The loaded layers ("rooms"): loads a layer on first use, keeps it while anyone has it open and
 * for a while after, then compacts and unloads it. Also the one place that can find and close
 * the sockets of a user, a session or a map.
 */
export class Rooms {
  private readonly entries = new Map<string, Entry>()
  private stopping = false

  constructor(private readonly options: RoomsOptions) {}

  /** The loaded room of a layer, held until `release`; loads it if need be. */
  async hold(mapId: string, layer: Layer): Promise<Room> {
    const key = `${mapId}/${layer}`
    let entry = this.entries.get(key)
    while (entry?.closing) {
      await entry.closing
      entry = this.entries.get(key)
    }
    if (this.stopping) throw new KinmapStopping()
    if (!entry) entry = this.load(key, mapId, layer)
    entry.holds += 1
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer)
    entry.unloadTimer = null
    let room: Room
    try {
      room = await entry.loading
    } catch (error) {
      entry.holds -= 1
      throw error
    }
    if (this.stopping) {
      entry.holds -= 1
      throw new KinmapStopping()
    }
    return room
  }

  release(room: Room): void {
    const entry = this.entryOf(room)
    if (!entry) return
    entry.holds -= 1
    if (entry.holds > 0 || this.stopping) return
    entry.unloadTimer = setTimeout(() => this.unload(entry), this.options.unloadAfterMs)
    entry.unloadTimer.unref()
  }

  /** Runs a server operation on a layer, loading it for the purpose if nobody has it open. */
  async withRoom<T>(mapId: string, layer: Layer, operation: (room: Room) => Promise<T>): Promise<T> {
    const room = await this.hold(mapId, layer)
    try {
      return await operation(room)
    } finally {
      this.release(room)
    }
  }

  /** Hands an upgraded socket to a room it already holds; the hold passes to the connection.
   * `ended` is told once, when the connection closes for whatever reason. */
  connect(socket: WebSocket, room: Room, identity: Identity, canWrite: boolean, ended: (connection: Connection) => void): Connection {
    const connection = new Connection(socket, room, identity, canWrite, this.options.log, () => {
      this.release(room)
      ended(connection)
    })
    connection.start()
    return connection
  }

  connections(filter: (connection: Connection) => boolean = () => true): Connection[] {
    const found: Connection[] = []
    for (const entry of this.entries.values()) {
      for (const peer of entry.room?.peers ?? []) {
        if (peer instanceof Connection && filter(peer)) found.push(peer)
      }
    }
    return found
  }

  /** Refuses new sockets, closes every open one (taking what they had sent), then writes and
   * compacts every layer. */
  async stop(): Promise<void> {
    this.stopping = true
    await Promise.all(
      this.connections().map((connection) => connection.drain(CLOSE_CODES.serverStopping, 'Kinmap is restarting; reconnecting shortly.', 2_000)),
    )
    await Promise.all([...this.entries.values()].map((entry) => this.unload(entry)))
  }

  private load(key: string, mapId: string, layer: Layer): Entry {
    const entry: Entry = { mapId, layer, loading: null!, room: null, holds: 0, unloadTimer: null, closing: null }
    entry.loading = Room.load(mapId, layer, {
      store: this.options.store,
      log: this.options.log,
      compactEvery: this.options.compactEvery,
      measured: this.options.measured,
      broken: (room, error) => this.broken(room, error),
    }).then(
      (room) => (entry.room = room),
      (error) => {
        if (this.entries.get(key) === entry) this.entries.delete(key)
        this.options.log.error({ mapId, layer, err: error }, 'a layer could not be opened')
        throw error
      },
    )
    this.entries.set(key, entry)
    return entry
  }

  private unload(entry: Entry): Promise<void> {
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer)
    entry.unloadTimer = null
    entry.closing ??= (async () => {
      try {
        const room = await entry.loading
        await room.close()
      } catch (error) {
        this.options.log.error({ mapId: entry.mapId, layer: entry.layer, err: error }, 'a layer could not be saved on unloading')
      } finally {
        this.entries.delete(`${entry.mapId}/${entry.layer}`)
      }
    })()
    return entry.closing
  }

  /** Saving failed: drop the room without saving again, so it reloads from what is on disk and
   * the clients, reconnecting, send back what the disk is missing. */
  private broken(room: Room, error: unknown) {
    this.options.log.error({ mapId: room.mapId, layer: room.layer, err: error }, 'a layer could not be saved; dropping it from memory')
    const entry = this.entryOf(room)
    if (entry) this.entries.delete(`${entry.mapId}/${entry.layer}`)
    for (const peer of [...room.peers]) if (peer instanceof Connection) peer.close(1011, 'The map could not be saved; reconnecting.')
    room.destroy()
  }

  private entryOf(room: Room): Entry | undefined {
    const entry = this.entries.get(`${room.mapId}/${room.layer}`)
    return entry?.room === room ? entry : undefined
  }
}
