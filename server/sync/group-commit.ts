import type { CatalogueChange } from '../store/store.js'

interface Batch {
  updates: Uint8Array[]
  arrivals: number[]
  catalogue: CatalogueChange
  /** Run in order once the batch is on disk: broadcasts, sync replies, command answers. */
  then: Array<() => void>
}

export interface GroupCommitOptions {
  /** Appends a batch durably and returns the last sequence number. */
  write(updates: Uint8Array[], catalogue: CatalogueChange): Promise<number>
  /** After each write, with its last sequence number and size: the place to compact. */
  written(lastSeq: number, count: number): Promise<void>
  /** A write failed: what was applied in memory is not on disk. Nothing is written after this. */
  failed(error: unknown): void
  /** Per-update time from arrival to disk, when measuring. */
  measured?: (arrivalToDiskMs: number) => void
}

const emptyBatch = (): Batch => ({ updates: [], arrivals: [], catalogue: {}, then: [] })

/**
 * Group commit for one layer: every update accepted in one turn of the event loop is written in
 * one transaction at the end of that turn, and nothing that depends on an update (a broadcast, an
 * answer to a sync request) leaves the server until the write has returned. So a client that has
 * received an update knows the server has it on disk.
 */
export class GroupCommit {
  private batch = emptyBatch()
  private scheduled = false
  private writing = 0
  private chain: Promise<void> = Promise.resolve()
  private failure: unknown = null
  private readonly waiting = new Set<(error: unknown) => void>()

  constructor(private readonly options: GroupCommitOptions) {}

  add(update: Uint8Array, arrivedAt: number, then: () => void): void {
    if (this.failure !== null) return
    this.batch.updates.push(update)
    this.batch.arrivals.push(arrivedAt)
    this.batch.then.push(then)
    this.schedule()
  }

  /** Makes the next write also change the map's catalogue entry, in the same transaction. */
  changeCatalogue(change: CatalogueChange): void {
    Object.assign(this.batch.catalogue, change)
  }

  /** Runs `fn` once everything added so far is on disk (at once if it is); never if a write fails. */
  afterDurable(fn: () => void): void {
    if (this.batch.updates.length > 0) this.batch.then.push(fn)
    else if (this.writing > 0) void this.chain.then(() => this.failure === null && fn())
    else if (this.failure === null) fn()
  }

  /** Resolves once everything added so far is on disk; rejects if a write fails first. */
  whenDurable(): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.waiting.add(reject)
      this.afterDurable(() => {
        this.waiting.delete(reject)
        resolve()
      })
    })
  }

  /** Writes what is waiting now rather than at the end of the turn; resolves when all is written. */
  flush(): Promise<void> {
    this.scheduled = false
    const batch = this.batch
    if (batch.updates.length > 0 && this.failure === null) {
      this.batch = emptyBatch()
      this.writing += 1
      this.chain = this.chain
        .then(() => this.write(batch))
        .finally(() => {
          this.writing -= 1
        })
    }
    return this.chain
  }

  private schedule() {
    if (this.scheduled) return
    this.scheduled = true
    setImmediate(() => {
      if (this.scheduled) void this.flush()
    })
  }

  private async write(batch: Batch) {
    if (this.failure !== null) return
    let lastSeq: number
    try {
      lastSeq = await this.options.write(batch.updates, batch.catalogue)
    } catch (error) {
      this.fail(error)
      return
    }
    if (this.options.measured) {
      const now = performance.now()
      for (const arrivedAt of batch.arrivals) this.options.measured(now - arrivedAt)
    }
    for (const fn of batch.then) fn()
    try {
      await this.options.written(lastSeq, batch.updates.length)
    } catch (error) {
      this.fail(error)
    }
  }

  private fail(error: unknown) {
    this.failure = error ?? new Error('write failed')
    this.batch = emptyBatch()
    for (const reject of this.waiting) reject(this.failure)
    this.waiting.clear()
    this.options.failed(this.failure)
  }
}
