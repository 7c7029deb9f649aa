import * as Y from 'yjs'
import type { Layer } from '../../shared/model/schema.js'
import { watchLayerChanges } from '../../shared/model/validation.js'

export type Verdict =
  | { accepted: true }
  | { accepted: false; reason: 'unreadable' }
  | { accepted: false; reason: 'rejected'; problems: string[] }

/**
 * A probe copy of a live layer document. A client's update is tried on the probe first and
 * checked by the shared validator; only an update that breaks nothing is let through to the live
 * document, because a CRDT update cannot be taken back once it is there.
 */
export class LayerGuard {
  private probe!: Y.Doc
  private watcher!: ReturnType<typeof watchLayerChanges>

  constructor(
    private readonly live: Y.Doc,
    private readonly layer: Layer,
  ) {
    this.rebuild()
  }

  /** Tries a client's update; on acceptance the probe keeps it, ready for the live document. */
  check(update: Uint8Array): Verdict {
    try {
      Y.applyUpdate(this.probe, update)
    } catch {
      this.rebuild()
      return { accepted: false, reason: 'unreadable' }
    }
    const problems = this.watcher.takeProblems()
    // An update that builds on something the server never accepted would wait in the document
    // forever and fail later; refuse it now, while the sender can still be told.
    if (this.probe.store.pendingStructs !== null || this.probe.store.pendingDs !== null) {
      problems.push('this change builds on a change the map does not have')
    }
    if (problems.length === 0) return { accepted: true }
    this.rebuild()
    return { accepted: false, reason: 'rejected', problems }
  }

  /** Copies a server-made change (migration, command) into the probe. Returns what the validator
   * would have objected to, for the log; the server's own writes are not refused. */
  mirror(update: Uint8Array): string[] {
    Y.applyUpdate(this.probe, update)
    return this.watcher.takeProblems({ asServer: true })
  }

  destroy(): void {
    this.watcher.stop()
    this.probe.destroy()
  }

  /** A fresh probe equal to the live document, after a refused update left the old one dirty. */
  private rebuild() {
    this.watcher?.stop()
    this.probe?.destroy()
    this.probe = new Y.Doc()
    this.watcher = watchLayerChanges(this.probe, this.layer)
    Y.applyUpdate(this.probe, Y.encodeStateAsUpdate(this.live))
    this.watcher.takeProblems({ asServer: true })
  }
}
