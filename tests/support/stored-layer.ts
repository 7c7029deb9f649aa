import * as Y from 'yjs'
import type { Layer } from '../../shared/model/schema.js'
import type { Store } from '../../server/store/store.js'

/** A layer as it is on disk, read straight from the store: what survives any restart. */
export async function storedLayer(store: Store, mapId: string, layer: Layer): Promise<Y.Doc> {
  const { snapshot, updates } = await store.documents.load(mapId, layer)
  const doc = new Y.Doc()
  if (snapshot) Y.applyUpdate(doc, snapshot)
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc
}
