import * as Y from 'yjs'
import type { Audience } from '../../shared/audience.js'
import { migrateLayer } from '../../shared/model/migrations.js'
import { familyReading, readMapReading, type MapReading } from '../../shared/model/map-reading.js'
import { newId, now } from '../../shared/model/ids.js'
import { LAYERS, type Layer } from '../../shared/model/schema.js'
import type { CheckpointRow, Store } from '../store/store.js'
import type { Rooms } from '../sync/rooms.js'

interface Context {
  rooms: Rooms
  store: Store
}

/**
 * Saves a named, read-only copy of the map as it is now: each layer's whole state, all three
 * encoded in one turn of the event loop so no change lands between them. Yjs garbage collection
 * stays on for the live map: a copy holds what the map held, not its history.
 */
export async function saveCheckpoint(context: Context, mapId: string, about: { name: string; meetingId: string | null; createdBy: string }): Promise<CheckpointRow> {
  const { rooms } = context
  const layers = await rooms.withRoom(mapId, 'shared', (shared) =>
    rooms.withRoom(mapId, 'professional', (professional) =>
      rooms.withRoom(mapId, 'record', async (record) => ({
        shared: Y.encodeStateAsUpdate(shared.doc),
        professional: Y.encodeStateAsUpdate(professional.doc),
        record: Y.encodeStateAsUpdate(record.doc),
      })),
    ),
  )
  const checkpoint: CheckpointRow = { id: newId(), mapId, ...about, createdAt: now() }
  await context.store.checkpoints.create(checkpoint, layers)
  return checkpoint
}

/** The layers a reading for each audience opens: the family's never opens the professional layer. */
const AUDIENCE_LAYERS: Record<Audience, readonly Layer[]> = { professional: LAYERS, family: ['shared', 'record'] }

/**
 * A checkpoint read through the same model readers as the live map, for one audience: for the
 * family, the professional layer's state is never even decoded. A copy from an older schema is
 * brought up to this one in memory, as the server does with a stored map on load.
 */
export async function readCheckpoint(store: Store, mapId: string, checkpointId: string, audience: Audience): Promise<{ checkpoint: CheckpointRow; reading: MapReading } | null> {
  const found = await store.checkpoints.find(mapId, checkpointId)
  if (!found) return null
  const { layers, ...checkpoint } = found
  const docs = checkpointDocs(layers, AUDIENCE_LAYERS[audience])
  try {
    const reading = readMapReading({ shared: docs.shared!, record: docs.record!, professional: docs.professional })
    return { checkpoint, reading: audience === 'family' ? familyReading(reading) : reading }
  } finally {
    for (const doc of Object.values(docs)) doc.destroy()
  }
}

/** A checkpoint's layers as documents, at this code's schema. */
export function checkpointDocs(layers: Record<Layer, Uint8Array>, open: readonly Layer[]): Partial<Record<Layer, Y.Doc>> {
  const docs: Partial<Record<Layer, Y.Doc>> = {}
  for (const layer of open) {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, layers[layer])
    migrateLayer(doc, layer, null)
    docs[layer] = doc
  }
  return docs
}
