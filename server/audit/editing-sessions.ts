import type { Layer } from '../../shared/model/schema.js'
import type { Logger } from '../log.js'
import type { Actor } from '../policy.js'
import type { AuditStore } from '../store/store.js'
import { actorFields } from './events.js'

export interface OpenedLayer {
  actor: Actor
  mapId: string
  layer: Layer
  ip: string | null
}

/**
 * What to do when a sync connection closes: if it wrote anything, record an editing session with
 * how many updates it wrote. Once per connection, never per update, so the sync hot path does not
 * wait for the trail; a socket closing has nobody to answer, so a failure to record is logged.
 */
export function recordEditingSession(audit: AuditStore, log: Logger, { actor, mapId, layer, ip }: OpenedLayer) {
  return (connection: { updatesWritten: number }): void => {
    const updates = connection.updatesWritten
    if (updates === 0) return
    audit.append({ ...actorFields(actor), mapId, ip, event: 'editing-session-ended', detail: { layer, updates } }).catch((error) => {
      log.error({ err: error, mapId, layer, actorId: actor.id }, 'an editing session could not be recorded')
    })
  }
}
